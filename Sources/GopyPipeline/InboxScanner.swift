import Foundation

/// Lists the files under the inbox, at any depth, as paths relative to it with `/`
/// separators, sorted. Hidden files and folders (names starting with ".") are left out.
enum InboxScanner {
    static func files(in inbox: URL) throws(BatchError) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: inbox.path, isDirectory: &isDir), isDir.boolValue else {
            throw .inbox(path: inbox.path, reason: "no such folder")
        }
        guard let enumerator = fm.enumerator(at: inbox, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw .inbox(path: inbox.path, reason: "cannot list it")
        }
        let base = inbox.standardizedFileURL.resolvingSymlinksInPath().path
        var result: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard full.hasPrefix(base + "/") else { continue }
            result.append(String(full.dropFirst(base.count + 1)))
        }
        return result.sorted()
    }
}
