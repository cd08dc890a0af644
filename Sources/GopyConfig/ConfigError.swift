/// A configuration that cannot be used: which file, where in it, and why.
///
/// Its description reads like a compiler diagnostic, so that an editor can jump to it:
/// `config/sources.yaml:12:11: unknown source kind "distric" (expected district, agency, …)`.
public struct ConfigError: Error, CustomStringConvertible, Hashable {
    /// The file's path as the loader was given it, e.g. `config/sources.yaml`.
    public var file: String
    /// 1-based line, when the problem has a place in the file.
    public var line: Int?
    /// 1-based column (counted in Unicode scalars), when known.
    public var column: Int?
    /// What is wrong, in plain English words.
    public var message: String

    /// An error at a place in a file.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, leaving out what is not known.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}
