/// Eight-wide SIMD math for the element-wise hot loops (softmax, log-softmax, SiLU).
/// libm's scalar `expf` costs ~10x more per element than this vector version.
public enum VectorMath {
    public typealias V = SIMD8<Float>

    /// exp(x) with ~2 ulp relative error (Cephes expf polynomial, range-reduced by ln 2).
    /// Inputs below -87.3 give ~1e-38, above 88 saturate near 1.6e38.
    ///
    /// Written with masks and bit tricks only: the generic SIMD `clamped`, `rounded` and
    /// float-to-int conversions compile to scalar loops and cost 20x more.
    @inline(__always)
    public static func exp(_ input: V) -> V {
        var x = input
        x = x.replacing(with: V(repeating: -87.3), where: x .< -87.3)
        x = x.replacing(with: V(repeating: 88.0), where: x .> 88.0)
        // Adding 1.5·2^23 rounds x·log2(e) to the nearest integer n and leaves n in the low
        // mantissa bits of t.
        let magic = V(repeating: 12_582_912)
        let t = x * 1.442_695_04 + magic
        let n = t - magic
        var r = x - n * 0.693_359_375
        r = r - n * -2.121_944_4e-4
        var p = V(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        let y = p * r * r + r + 1
        let exponent = (unsafeBitCast(t, to: SIMD8<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
        return y * unsafeBitCast(exponent, to: V.self)
    }

    /// Eight floats from `p` (no alignment needed). Inlinable: other modules' hot loops use it.
    @inlinable @inline(__always)
    public static func load(_ p: UnsafePointer<Float>) -> V {
        UnsafeRawPointer(p).loadUnaligned(as: V.self)
    }

    /// Eight floats to `p` (no alignment needed).
    @inlinable @inline(__always)
    public static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
    }

    /// Σ a[i]·b[i] over i < n, in eight lanes (a scalar float reduction does not vectorise).
    @inline(__always)
    public static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var acc = V(repeating: 0)
        var i = 0
        while i + 8 <= n {
            acc += load(a + i) * load(b + i)
            i += 8
        }
        var sum = acc.sum()
        while i < n { sum += a[i] * b[i]; i += 1 }
        return sum
    }

    /// Largest of x[0..<n] (n >= 1).
    @inline(__always)
    public static func max(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        var i = 0
        var m = -Float.infinity
        if n >= 8 {
            var acc = load(x)
            i = 8
            while i + 8 <= n {
                let v = load(x + i)
                acc = acc.replacing(with: v, where: v .> acc)
                i += 8
            }
            m = acc.max()
        }
        while i < n { m = Swift.max(m, x[i]); i += 1 }
        return m
    }

    /// y[i] = exp(x[i] - shift) (y may alias x); returns Σ y.
    @inline(__always)
    @discardableResult
    public static func expShifted(_ x: UnsafePointer<Float>, _ n: Int, shift: Float, into y: UnsafeMutablePointer<Float>) -> Float {
        var i = 0
        var acc = V()
        let s = V(repeating: shift)
        while i + 8 <= n {
            let e = exp(load(x + i) - s)
            store(e, y + i)
            acc += e
            i += 8
        }
        var sum = acc.sum()
        if i < n {
            var tail = V(repeating: -Float.infinity)
            for j in 0..<(n - i) { tail[j] = x[i + j] }
            let e = exp(tail - s)
            for j in 0..<(n - i) { y[i + j] = e[j]; sum += e[j] }
        }
        return sum
    }

    /// Σ exp(x[i] - shift), nothing stored.
    @inline(__always)
    public static func sumExpShifted(_ x: UnsafePointer<Float>, _ n: Int, shift: Float) -> Float {
        var i = 0
        var acc = V()
        let s = V(repeating: shift)
        while i + 8 <= n { acc += exp(load(x + i) - s); i += 8 }
        var sum = acc.sum()
        while i < n { sum += exp(V(repeating: x[i] - shift))[0]; i += 1 }
        return sum
    }

    /// In-place softmax of x[0..<n].
    @inline(__always)
    public static func softmax(_ x: UnsafeMutablePointer<Float>, _ n: Int) {
        let m = max(x, n)
        let sum = expShifted(x, n, shift: m, into: x)
        scale(x, n, by: 1 / sum)
    }

    @inline(__always)
    public static func scale(_ x: UnsafeMutablePointer<Float>, _ n: Int, by a: Float) {
        var i = 0
        let av = V(repeating: a)
        while i + 8 <= n { store(load(x + i) * av, x + i); i += 8 }
        while i < n { x[i] *= a; i += 1 }
    }

    /// sigmoid(z) = 1 / (1 + exp(-z)), eight at a time.
    @inline(__always)
    public static func sigmoid(_ z: V) -> V { 1 / (1 + exp(-z)) }
}
