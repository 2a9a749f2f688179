import Foundation
import Tensor

/// Hugging Face model folders: finding them (path or local hub cache, never downloading) and
/// loading their weights checked against what `config.json` implies.
public struct ModelDirectory {
    /// A path to an existing folder, or a repo id `owner/name` found in the local Hugging Face
    /// cache (`$HF_HUB_CACHE` or legacy `$HUGGINGFACE_HUB_CACHE`, else `$HF_HOME/hub`, else
    /// `$XDG_CACHE_HOME/huggingface/hub`, else `~/.cache/huggingface/hub`, the order
    /// `huggingface_hub` uses). Never downloads;
    /// the snapshot is the commit `refs/main` names (or the only snapshot when that is absent).
    public static func resolve(_ spec: String) throws -> URL {
        let expanded = (spec as NSString).expandingTildeInPath
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: expanded)
        }
        var looked = ["no folder at \(URL(fileURLWithPath: expanded).path)"]
        guard let (owner, name) = repoID(spec) else {
            throw AlignOnceError(spec, "model not found: \(looked[0]), and it is not a repo id of the form owner/name")
        }
        let (cache, cacheSource) = hubCacheDirectory()
        let repo = cache.appendingPathComponent("models--\(owner)--\(name)")
        let snapshots = repo.appendingPathComponent("snapshots")
        let refFile = repo.appendingPathComponent("refs/main")
        if let hash = try? String(contentsOf: refFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
           !hash.isEmpty {
            let snapshot = snapshots.appendingPathComponent(hash)
            if FileManager.default.fileExists(atPath: snapshot.path) { return snapshot }
            looked.append("\(refFile.path) names commit \(hash) but \(snapshot.path) does not exist")
        } else if FileManager.default.fileExists(atPath: repo.path) {
            // No refs/main (e.g. a copied cache): accept the snapshot if there is exactly one.
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: snapshots.path))?
                .filter { !$0.hasPrefix(".") } ?? []
            if entries.count == 1 { return snapshots.appendingPathComponent(entries[0]) }
            looked.append("no \(refFile.path) and \(entries.count) snapshots in \(snapshots.path)")
        } else {
            looked.append("no \(repo.path) in the Hugging Face cache (\(cacheSource))")
        }
        throw AlignOnceError(spec, "model not found (never downloaded; looked at: \(looked.joined(separator: "; ")))")
    }

    /// `owner/name` with Hub-legal characters, else nil.
    static func repoID(_ spec: String) -> (String, String)? {
        let parts = spec.split(separator: "/", omittingEmptySubsequences: false)
        let legal = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy(legal.contains) })
        else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The hub cache folder and which setting chose it (for error messages).
    static func hubCacheDirectory() -> (URL, String) {
        let environment = ProcessInfo.processInfo.environment
        for variable in ["HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"] {  // the second is the legacy name
            if let hub = environment[variable], !hub.isEmpty {
                return (URL(fileURLWithPath: (hub as NSString).expandingTildeInPath), variable)
            }
        }
        if let home = environment["HF_HOME"], !home.isEmpty {
            return (URL(fileURLWithPath: (home as NSString).expandingTildeInPath).appendingPathComponent("hub"), "HF_HOME/hub")
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return (URL(fileURLWithPath: xdg).appendingPathComponent("huggingface/hub"), "XDG_CACHE_HOME/huggingface/hub")
        }
        let home = FileManager.default.homeDirectoryForCurrentUser
        return (home.appendingPathComponent(".cache/huggingface/hub"), "default ~/.cache/huggingface/hub")
    }

    /// Every parameter the model needs with the shape `config` implies, as the engine lays
    /// them out. `lm_head.weight` is absent when tied.
    public static func expectedParameterShapes(_ config: ModelConfig) -> [(String, [Int])] {
        ParameterLayout(config: config).entries.map { ($0.name, $0.shape) }
    }
}
