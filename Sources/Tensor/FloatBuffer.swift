/// An owned, contiguous, zero-initialised float32 buffer: parameters, gradients, optimiser
/// moments and activations live in these, so hot loops get raw pointers with no copies.
public final class FloatBuffer: @unchecked Sendable {
    public let count: Int
    public let pointer: UnsafeMutablePointer<Float>

    /// `zeroed: false` skips the fill for buffers every element of which is written before
    /// it is read (most activations): zero-filling them costs a memory pass per step.
    public init(count: Int, zeroed: Bool = true) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        if zeroed { pointer.initialize(repeating: 0, count: max(count, 1)) }
    }

    public convenience init(_ values: [Float]) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { pointer.update(from: base, count: values.count) }
        }
    }

    deinit { pointer.deallocate() }

    public var buffer: UnsafeMutableBufferPointer<Float> { UnsafeMutableBufferPointer(start: pointer, count: count) }

    public func zero() { pointer.update(repeating: 0, count: count) }

    public func array(_ range: Range<Int>? = nil) -> [Float] {
        let r = range ?? 0..<count
        return Array(UnsafeBufferPointer(start: pointer + r.lowerBound, count: r.count))
    }

    public subscript(i: Int) -> Float {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }
}
