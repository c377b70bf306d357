// Placeholder until the CLI lands (issue 2).
console.log("portfolio-journal CLI");
