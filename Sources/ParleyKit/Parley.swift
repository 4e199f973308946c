/// Facts about this build of Parley.
public enum Parley {
    /// The version printed by `parley --version` and written into `PRODID`.
    public static let version = "0.1.0"
}
