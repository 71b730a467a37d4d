crate::texts!(
    /// Messages of `verwacht demo`.
    DemoText {
        Internal => "interne fout in het voorbeeld: {0}", "internal error in the example: {0}";
    }
);
