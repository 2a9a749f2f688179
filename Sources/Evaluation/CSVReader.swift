import Foundation
import Models
import Tensor

/// One CSV record with the 1-based physical line on which it starts.
public struct CSVRecord: Equatable {
    public let line: Int
    public let fields: [String]
}

/// RFC 4180 CSV: fields separated by commas, records by LF / CRLF / CR; a field in double
/// quotes may hold commas, line breaks and doubled quotes (`""` stands for `"`). A leading
/// UTF-8 BOM is dropped. Blank lines between records are skipped.
public enum CSVReader {
    public static func read(_ url: URL) throws -> [CSVRecord] {
        try parse(TextFile.readUTF8(url), path: url.path)
    }

    public static func parse(_ text: String, path: String) throws -> [CSVRecord] {
        // Walk Unicode scalars, not Characters: "\r\n" is a single Character in Swift.
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var index = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            let isBlankLine = fields.count == 1 && fields[0].isEmpty
            if !isBlankLine { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count && scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) {
                        line += 1
                    }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r" && index < scalars.count && scalars[index] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty && !fieldWasQuoted else {
                    throw AlignOnceError("\(path):\(line)", "stray double quote inside an unquoted field (quote the whole field and double inner quotes)")
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            default:
                if afterClosingQuote {
                    throw AlignOnceError("\(path):\(line)", "unexpected text after a closing quote (expected a comma or line break)")
                }
                field.append(scalar)
            }
        }
        if inQuotes {
            throw AlignOnceError("\(path):\(quoteLine)", "quoted field is never closed (missing closing double quote)")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
