import Foundation

extension ConfigLoader {
    /// Reads and validates the config folder: `gopy.yaml` (required), `sources.yaml`
    /// (optional) and `drafts/*.yaml` (at least one; `.yml` too; hidden files are skipped).
    ///
    /// - Parameter directory: the config folder, e.g. `config`; errors name files under it
    ///   as given (`config/sources.yaml`).
    public static func load(directory: String) throws(ConfigError) -> Configuration {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw ConfigError(file: directory, message: "no config folder here")
        }
        let settingsPath = joined(directory, "gopy.yaml")
        guard manager.fileExists(atPath: settingsPath) else {
            throw ConfigError(file: settingsPath, message: "missing settings file (it may be empty, but it must exist)")
        }
        let settings = try readFile(settingsPath)

        let sourcesPath = joined(directory, "sources.yaml")
        let sources = manager.fileExists(atPath: sourcesPath) ? try readFile(sourcesPath) : nil

        let draftsPath = joined(directory, "drafts")
        guard manager.fileExists(atPath: draftsPath, isDirectory: &isFolder), isFolder.boolValue else {
            throw ConfigError(file: draftsPath, message: "missing drafts folder (one drafts/<id>.yaml per draft)")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: draftsPath)
        } catch {
            throw ConfigError(file: draftsPath, message: "cannot list the drafts folder: \(error.localizedDescription)")
        }
        var drafts: [ConfigFile] = []
        for name in names.sorted() where !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
            let path = joined(draftsPath, name)
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            drafts.append(try readFile(path))
        }
        guard !drafts.isEmpty else {
            throw ConfigError(file: draftsPath, message: "no draft: the drafts folder holds no .yaml file")
        }
        return try load(settings: settings, sources: sources, drafts: drafts)
    }

    /// `folder/name`, without doubling a trailing slash.
    static func joined(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A file's text, which must be UTF-8 (a leading byte-order mark is dropped).
    static func readFile(_ path: String) throws(ConfigError) -> ConfigFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, message: "cannot read the file")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return ConfigFile(path: path, text: try decodeUTF8(bytes, file: path))
    }

    /// The bytes as text, or an error at the line of the first byte that is not UTF-8.
    static func decodeUTF8(_ bytes: [UInt8], file: String) throws(ConfigError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == 0x0A { line += 1 }
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw ConfigError(file: file, line: line, message: "not UTF-8 text (save the file as UTF-8)")
            }
        }
    }
}
