package dev.playground.store.h2;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Sorts H2's errors into what we do about them, so no caller ever reads H2's own text. */
enum H2Failure {
    /** Another process or transaction holds the file or a row: wait and try again. */
    BUSY,
    /** Our connection died (the process that served the store exited): open a new one and try again. */
    BROKEN,
    /** Two writers created the same row at once: the second try sees the first one's row. */
    RACE,
    /** The files cannot be used as they are: retrying will not help. */
    UNAVAILABLE,
    /** Anything else: a bug or bad data, reported as it is. */
    OTHER;

    static H2Failure of(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1,
                 ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.ERROR_OPENING_DATABASE_1,
                 ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE, ErrorCode.EXCEPTION_OPENING_PORT_2 -> BUSY;
            case ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
                 ErrorCode.OBJECT_CLOSED, ErrorCode.REMOTE_DATABASE_NOT_FOUND_1 -> BROKEN;
            case ErrorCode.DUPLICATE_KEY_1 -> RACE;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD,
                 ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                 ErrorCode.DATABASE_IS_READ_ONLY -> UNAVAILABLE;
            default -> OTHER;
        };
    }

    boolean retried() {
        return this == BUSY || this == BROKEN || this == RACE;
    }

    /** Plain words for the files' problem, for {@link dev.playground.store.StoreUnavailableException}. */
    static String reason(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1 -> "its database file is damaged";
            case ErrorCode.FILE_VERSION_ERROR_1 -> "its database file was written by a different version of the storage engine";
            case ErrorCode.WRONG_USER_OR_PASSWORD -> "the password in its password file does not match the database";
            case ErrorCode.DATABASE_IS_READ_ONLY -> "its files are read-only";
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 -> "its files cannot be read or written";
            default -> "the storage engine refused it (error " + e.getErrorCode() + ")";
        };
    }
}
