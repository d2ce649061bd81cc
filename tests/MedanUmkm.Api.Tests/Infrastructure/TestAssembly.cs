// Fixtures run in parallel: each API fixture has its own host, database file (a copy of the template
// migrated once per run), upload directory and clock. Tests inside a fixture run one after another.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
