import Foundation
import Tensor

/// The values of a comma-separated flag ("1,2,3"), each read by `T`'s string initialiser after
/// trimming spaces; an item it cannot read is a one-line error naming the flag and the item,
/// followed by `invalid` ("is not an integer token id").
func commaSeparated<T: LosslessStringConvertible>(_ text: String, flag: String, invalid: String) throws -> [T] {
    try text.split(separator: ",").map { piece in
        guard let value = T(piece.trimmingCharacters(in: .whitespaces)) else {
            throw AlignOnceError(flag, "'\(piece)' \(invalid)")
        }
        return value
    }
}
