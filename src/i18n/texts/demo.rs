crate::texts!(
    /// Messages of `verwacht demo`.
    DemoText {
        Progress => "Voorbeeld laden: {0} van {1} klanten", "Loading the example: {0} of {1} clients";
        Internal => "interne fout in het voorbeeld: {0}", "internal error in the example: {0}";
    }
);
