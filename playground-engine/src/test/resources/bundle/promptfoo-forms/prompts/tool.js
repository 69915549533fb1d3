module.exports.buildPrompt = () => "hi";
