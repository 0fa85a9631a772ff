import Foundation

extension QRCode {
    /// Arithmetic in GF(256) built on the primitive polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D) that QR codes use.
    enum GaloisField {
        /// `exp[i]` is αⁱ for i in 0..<255, with α = 2.
        static let exp: [UInt8] = {
            var table = [UInt8](repeating: 0, count: 255)
            var value = 1
            for power in 0..<255 {
                table[power] = UInt8(value)
                value <<= 1
                if value > 0xFF { value ^= 0x11D }
            }
            return table
        }()

        /// `log[v]` is the i with αⁱ = v; `log[0]` is unused, since zero is no power of α.
        static let log: [Int] = {
            var table = [Int](repeating: 0, count: 256)
            for (power, value) in exp.enumerated() { table[Int(value)] = power }
            return table
        }()

        /// The product of two field elements, by adding their logarithms.
        static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
            guard a != 0, b != 0 else { return 0 }
            return exp[(log[Int(a)] + log[Int(b)]) % 255]
        }
    }

    /// Reed–Solomon error correction codewords, as ISO/IEC 18004 section 7.5.2 defines them.
    enum ReedSolomon {
        /// The generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first, leading 1 included.
        static func generator(degree: Int) -> [UInt8] {
            var polynomial: [UInt8] = [1]
            for root in 0..<degree {
                // Multiply by (x + αʳ): subtraction is addition (XOR) in a field of characteristic 2.
                var product = polynomial + [0]
                for (index, coefficient) in polynomial.enumerated() {
                    product[index + 1] ^= GaloisField.multiply(coefficient, GaloisField.exp[root])
                }
                polynomial = product
            }
            return polynomial
        }

        /// The remainder of data × x^degree divided by the generator: the block's error correction codewords.
        static func remainder(of data: some Collection<UInt8>, generator: [UInt8]) -> [UInt8] {
            let degree = generator.count - 1
            var remainder = [UInt8](repeating: 0, count: degree)
            guard degree > 0 else { return remainder }
            for byte in data {
                // One step of long division: the leading term decides how much of the generator to subtract.
                let factor = byte ^ remainder[0]
                remainder.removeFirst()
                remainder.append(0)
                guard factor != 0 else { continue }
                for index in 0..<degree {
                    remainder[index] ^= GaloisField.multiply(generator[index + 1], factor)
                }
            }
            return remainder
        }
    }
}
