/// A dense float32 tensor: a shape and its row-major values.
///
/// Used at the edges (files, tests, results). The hot paths of the engine work on raw
/// contiguous buffers; `Tensor` is how those buffers are named and moved around.
public struct Tensor: Equatable, Sendable {
    public var shape: [Int]
    public var values: [Float]

    public init(shape: [Int], values: [Float]) {
        self.shape = shape
        self.values = values
    }

    public init(zeros shape: [Int]) {
        self.shape = shape
        self.values = [Float](repeating: 0, count: shape.reduce(1, *))
    }

    public var count: Int { values.count }

    /// Largest absolute element-wise difference (infinity if the shapes differ).
    public func maxAbsDifference(_ other: Tensor) -> Float {
        guard shape == other.shape else { return .infinity }
        var worst: Float = 0
        for i in 0..<values.count { worst = max(worst, abs(values[i] - other.values[i])) }
        return worst
    }

    /// ||self - other|| / ||other||, the relative error of `self` against reference `other`.
    public func relativeError(to reference: Tensor) -> Double {
        guard shape == reference.shape else { return .infinity }
        var diff = 0.0, ref = 0.0
        for i in 0..<values.count {
            let d = Double(values[i]) - Double(reference.values[i])
            diff += d * d
            ref += Double(reference.values[i]) * Double(reference.values[i])
        }
        return ref == 0 ? diff.squareRoot() : (diff / ref).squareRoot()
    }
}
