import Tensor

/// What a LoRA adapter keeps from the forward pass for its backward pass.
final class LoRAActivation {
    /// x A^T: [rows, rank].
    let projected: FloatBuffer
    /// Dropout: the dropped input and the per-element scale (0 or 1/(1-p)); nil without dropout.
    let droppedInput: FloatBuffer?
    let dropoutScale: FloatBuffer?

    init(projected: FloatBuffer, droppedInput: FloatBuffer?, dropoutScale: FloatBuffer?) {
        self.projected = projected
        self.droppedInput = droppedInput
        self.dropoutScale = dropoutScale
    }
}

extension LlamaModel {
    /// Adds scale·(dropout(x)·Aᵀ)·Bᵀ into the target's columns of `output` (its layer's fused
    /// output buffer) and records what backward needs.
    func loraForward(_ layer: Int, _ target: LoRATarget, input x: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>,
                     pass: ForwardPass) {
        guard let lora, let a = lora.adapter(layer: layer, target) else { return }
        let rows = pass.rows, r = lora.config.rank, p = lora.config.dropout
        var input = x
        var dropped: FloatBuffer?, scales: FloatBuffer?
        if pass.training && p > 0 {
            let xd = FloatBuffer(count: rows * a.inDim, zeroed: false), s = FloatBuffer(count: rows * a.inDim, zeroed: false)
            let keep = 1 / (1 - p)
            for i in 0..<(rows * a.inDim) {
                let scale: Float = lora.dropoutRNG.nextUniform() < p ? 0 : keep
                s[i] = scale
                xd[i] = x[i] * scale
            }
            input = UnsafePointer(xd.pointer)
            dropped = xd
            scales = s
        }
        let u = FloatBuffer(count: rows * r, zeroed: false)
        loraApply(lora, a, input: input, rows: rows, projected: u.pointer, output: output)
        pass.loraActivations[layer][target] = LoRAActivation(projected: u, droppedInput: dropped, dropoutScale: scales)
    }

    /// projected = x·Aᵀ; output[:, target columns] += scale·projected·Bᵀ.
    func loraApply(_ lora: LoRAAdapters, _ a: LoRAAdapters.Adapter, input: UnsafePointer<Float>, rows: Int,
                   projected u: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>) {
        let r = lora.config.rank, w = lora.parameters.pointer
        BLAS.gemm(transB: true, m: rows, n: r, k: a.inDim, a: input, lda: a.inDim, b: w + a.aOffset, ldb: a.inDim,
                  c: u, ldc: r)
        let (column, width) = outputColumns(a.target)
        BLAS.gemm(transB: true, m: rows, n: a.outDim, k: r, alpha: lora.config.scale, a: u, lda: r,
                  b: w + a.bOffset, ldb: r, beta: 1, c: output + column, ldc: width)
    }

    /// Inference-time adapter (no dropout, nothing kept): used by the KV-cache decoder.
    func loraInference(_ layer: Int, _ target: LoRATarget, input: UnsafePointer<Float>, rows: Int,
                       output: UnsafeMutablePointer<Float>) {
        guard let lora, let a = lora.adapter(layer: layer, target) else { return }
        let u = FloatBuffer(count: rows * lora.config.rank, zeroed: false)
        loraApply(lora, a, input: input, rows: rows, projected: u.pointer, output: output)
    }

    /// Given ∂L/∂output (the fused buffer whose target columns the adapter wrote), accumulates
    /// ∂L/∂A, ∂L/∂B into `gradients` and adds the adapter's share of ∂L/∂x into `dInput`.
    func loraBackward(_ layer: Int, _ target: LoRATarget, input x: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                      dInput: UnsafeMutablePointer<Float>, pass: ForwardPass, gradients: FloatBuffer?) {
        guard let lora, let a = lora.adapter(layer: layer, target),
              let saved = pass.loraActivations[layer][target] else { return }
        let rows = pass.rows, r = lora.config.rank, scale = lora.config.scale
        let w = lora.parameters.pointer
        let (column, width) = outputColumns(target)
        let dy = dOutput + column
        let input = saved.droppedInput.map { UnsafePointer($0.pointer) } ?? x
        if let g = gradients?.pointer {
            BLAS.gemm(transA: true, m: a.outDim, n: r, k: rows, alpha: scale, a: dy, lda: width,
                      b: saved.projected.pointer, ldb: r, beta: 1, c: g + a.bOffset, ldc: r)
        }
        let du = FloatBuffer(count: rows * r, zeroed: false)
        BLAS.gemm(m: rows, n: r, k: a.outDim, alpha: scale, a: dy, lda: width, b: w + a.bOffset, ldb: r,
                  c: du.pointer, ldc: r)
        if let g = gradients?.pointer {
            BLAS.gemm(transA: true, m: r, n: a.inDim, k: rows, a: du.pointer, lda: r, b: input, ldb: a.inDim,
                      beta: 1, c: g + a.aOffset, ldc: a.inDim)
        }
        if let scales = saved.dropoutScale {
            let dx = FloatBuffer(count: rows * a.inDim, zeroed: false)
            BLAS.gemm(m: rows, n: a.inDim, k: r, a: du.pointer, lda: r, b: w + a.aOffset, ldb: a.inDim,
                      c: dx.pointer, ldc: a.inDim)
            for i in 0..<(rows * a.inDim) { dInput[i] += dx[i] * scales[i] }
        } else {
            BLAS.gemm(m: rows, n: a.inDim, k: r, a: du.pointer, lda: r, b: w + a.aOffset, ldb: a.inDim,
                      beta: 1, c: dInput, ldc: a.inDim)
        }
    }
}
