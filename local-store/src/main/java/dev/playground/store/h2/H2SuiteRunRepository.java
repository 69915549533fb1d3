package dev.playground.store.h2;

import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteCellJson;
import dev.playground.engine.suite.SuiteRunRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Suite runs and their finished cells (migration V45), for {@code playground eval --resume}. */
public final class H2SuiteRunRepository implements SuiteRunRepository {
    private final Jdbc jdbc;
    private final GroupCommit commits;

    /** Cells finished at the same time share one transaction and one sync through {@code commits}. */
    public H2SuiteRunRepository(Jdbc jdbc, GroupCommit commits) {
        this.jdbc = jdbc;
        this.commits = commits;
    }

    @Override
    public long begin(String suiteName, String fingerprint, int totalCells) {
        return jdbc.inTransaction("start a suite run", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO suite_run (suite_name, fingerprint, total_cells, started_at) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, suiteName.length() > 400 ? suiteName.substring(0, 400) : suiteName);
                insert.setString(2, fingerprint);
                insert.setInt(3, totalCells);
                insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Returns once the cell is on the device; cells finishing at the same time share one commit. */
    @Override
    public void saveCell(long runId, SuiteCell cell) {
        String json = SuiteCellJson.write(cell);
        // A run keeps each cell once (a resumed run skips the cells it has), so a plain insert: MERGE first looked the
        // row up, which cost more than the insert itself.
        commits.write("keep a finished suite row", statements -> {
            PreparedStatement insert = statements.prepare("INSERT INTO suite_run_cell (run_id, cell_key, cell_json) VALUES (?, ?, ?)");
            insert.setLong(1, runId);
            insert.setString(2, cell.key());
            insert.setString(3, json);
            insert.executeUpdate();
        });
    }

    @Override
    public void finish(long runId, double passRate, boolean passed) {
        jdbc.inTransaction("finish a suite run", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE suite_run SET finished_at = ?, pass_rate = ?, passed = ? WHERE id = ?")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setDouble(2, passRate);
                update.setBoolean(3, passed);
                update.setLong(4, runId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Unfinished> unfinished(String fingerprint) {
        return jdbc.read("find an interrupted suite run", connection -> {
            long runId;
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM suite_run WHERE fingerprint = ? AND finished_at IS NULL "
                    + "ORDER BY id DESC LIMIT 1")) {
                query.setString(1, fingerprint);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) return Optional.<Unfinished>empty();
                    runId = rs.getLong(1);
                }
            }
            List<SuiteCell> cells = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT cell_json FROM suite_run_cell WHERE run_id = ?")) {
                query.setLong(1, runId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        try {
                            cells.add(SuiteCellJson.read(rs.getString(1)));
                        } catch (IllegalArgumentException e) {
                            // A cell this version cannot read is run again.
                        }
                    }
                }
            }
            return Optional.of(new Unfinished(runId, cells));
        });
    }
}
