import XCTest
import Tensor
@testable import Alignment

/// The cyclic Jacobi eigensolver behind the MLC spectral losses.
final class SymmetricEigenLossTests: XCTestCase {
    func testKnownTridiagonalMatrix() throws {
        // [[2,1,0],[1,2,1],[0,1,2]]: eigenvalues 2+√2, 2, 2-√2 with eigenvectors
        // (1,√2,1)/2, (1,0,-1)/√2, (1,-√2,1)/2.
        let eigen = try SymmetricEigen.jacobi([2, 1, 0, 1, 2, 1, 0, 1, 2], n: 3)
        let root2 = 2.0.squareRoot()
        XCTAssertEqual(eigen.values[0], 2 + root2, accuracy: 1e-14)
        XCTAssertEqual(eigen.values[1], 2, accuracy: 1e-14)
        XCTAssertEqual(eigen.values[2], 2 - root2, accuracy: 1e-14)
        let expected = [[0.5, root2 / 2, 0.5], [1 / root2, 0, -1 / root2], [0.5, -root2 / 2, 0.5]]
        for j in 0..<3 {
            let v = eigen.vector(j)
            let sign = (v.enumerated().max { abs($0.element) < abs($1.element) }?.element ?? 1) > 0 ? 1.0 : -1.0
            let reference = expected[j]
            let referenceSign = (reference.max { abs($0) < abs($1) } ?? 1) > 0 ? 1.0 : -1.0
            for i in 0..<3 { XCTAssertEqual(sign * v[i], referenceSign * reference[i], accuracy: 1e-14, "vector \(j)") }
        }
    }

    func testRandomMatrixReconstructionAndOrthogonality() throws {
        var random = SplitMix64(seed: 123)
        for n in [1, 2, 5, 8, 16] {
            var a = [Double](repeating: 0, count: n * n)
            for i in 0..<n { for j in i..<n { a[i * n + j] = random.nextGaussianDouble(); a[j * n + i] = a[i * n + j] } }
            let eigen = try SymmetricEigen.jacobi(a, n: n)
            for j in 1..<max(n, 1) { XCTAssertGreaterThanOrEqual(eigen.values[j - 1], eigen.values[j]) }
            var worstReconstruction = 0.0, worstOrthogonality = 0.0
            for i in 0..<n {
                for k in 0..<n {
                    var sum = 0.0, dot = 0.0
                    for j in 0..<n {
                        sum += eigen.vectors[i * n + j] * eigen.values[j] * eigen.vectors[k * n + j]
                        dot += eigen.vectors[j * n + i] * eigen.vectors[j * n + k]
                    }
                    worstReconstruction = max(worstReconstruction, abs(sum - a[i * n + k]))
                    worstOrthogonality = max(worstOrthogonality, abs(dot - (i == k ? 1 : 0)))
                }
            }
            XCTAssertLessThan(worstReconstruction, 1e-13, "n = \(n)")
            XCTAssertLessThan(worstOrthogonality, 1e-13, "n = \(n)")
            let trace = (0..<n).reduce(0) { $0 + a[$1 * n + $1] }
            XCTAssertEqual(eigen.values.reduce(0, +), trace, accuracy: 1e-12)
        }
    }

    func testRepeatedAndZeroEigenvalues() throws {
        // All-ones 4x4: eigenvalues 4, 0, 0, 0; the top eigenvector is (1,1,1,1)/2.
        let eigen = try SymmetricEigen.jacobi([Double](repeating: 1, count: 16), n: 4)
        XCTAssertEqual(eigen.values[0], 4, accuracy: 1e-14)
        for j in 1..<4 { XCTAssertEqual(eigen.values[j], 0, accuracy: 1e-14) }
        for x in eigen.vector(0) { XCTAssertEqual(abs(x), 0.5, accuracy: 1e-14) }
        // Identity: already diagonal, no rotation needed.
        let identity = try SymmetricEigen.jacobi([1, 0, 0, 1], n: 2)
        XCTAssertEqual(identity.values, [1, 1])
        XCTAssertEqual(identity.vectors, [1, 0, 0, 1])
    }

    func testSmallEigenvaluesKeepRelativeAccuracy() throws {
        // diag(1, 1e-10, 1e-20) rotated by a known orthogonal matrix: Jacobi keeps the
        // small eigenvalues to far better than eps * ||A||.
        let c = cos(0.3), s = sin(0.3)
        let q = [c, -s, 0, s, c, 0, 0, 0, 1]
        let d = [1.0, 1e-10, 1e-20]
        var a = [Double](repeating: 0, count: 9)
        for i in 0..<3 { for k in 0..<3 { for j in 0..<3 { a[i * 3 + k] += q[i * 3 + j] * d[j] * q[k * 3 + j] } } }
        let eigen = try SymmetricEigen.jacobi(a, n: 3)
        XCTAssertEqual(eigen.values[0], 1, accuracy: 1e-15)
        XCTAssertEqual(eigen.values[1], 1e-10, accuracy: 1e-15)
    }

    func testBadInputThrows() {
        XCTAssertThrowsError(try SymmetricEigen.jacobi([1, 2, 3], n: 2))
        XCTAssertThrowsError(try SymmetricEigen.jacobi([1, .nan, .nan, 1], n: 2))
        XCTAssertThrowsError(try SymmetricEigen.jacobi([1, .infinity, .infinity, 1], n: 2))
    }
}
