/**
 * Jest's node environment, with the typed arrays of the host realm. ONNX Runtime (the search models)
 * hands back tensors made in native code, whose Float32Array is the host's; onnxruntime-common,
 * loaded inside the test's realm, checks `data instanceof Float32Array` against its own and fails.
 */
const { TestEnvironment } = require('jest-environment-node');

const TYPED_ARRAYS = ['Float32Array', 'Float64Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

class HostTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}

module.exports = HostTypedArraysEnvironment;
