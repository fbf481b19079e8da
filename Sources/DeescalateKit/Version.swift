/// Versions of the tool and of the formats it reads and writes.
public enum DeescalateVersion {
    /// The tool's version, printed by `deescalate --version`.
    public static let tool = "0.1.0"
}
