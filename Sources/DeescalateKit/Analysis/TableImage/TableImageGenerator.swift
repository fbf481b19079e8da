/// For `deescalate-tables`, the tool that regenerates the analyzer's table image after the word
/// lists, the rule book or the code that builds the tables change.
@_spi(TableImage)
public enum TableImageGenerator {
    /// The package-relative path of the generated file.
    public static let dataFile = "Sources/DeescalateKit/Analysis/TableImage/TableImageData.swift"

    /// The Swift source of `TableImageData` for the tables the sources build now.
    public static func swiftSource() -> String { TableImage.generatedSource() }
}
