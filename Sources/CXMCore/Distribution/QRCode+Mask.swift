import Foundation

extension QRCode.Matrix {
    /// Whether mask pattern `mask` inverts the module in column `x`, row `y` (ISO/IEC 18004 Table 10, where
    /// i is the row and j the column).
    static func maskInverts(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (y + x) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (y + x) % 3 == 0
        case 4: (y / 2 + x / 3) % 2 == 0
        case 5: (y * x) % 2 + (y * x) % 3 == 0
        case 6: ((y * x) % 2 + (y * x) % 3) % 2 == 0
        default: ((y + x) % 2 + (y * x) % 3) % 2 == 0
        }
    }

    /// Inverts the data modules the pattern selects; function modules keep their fixed look.
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && Self.maskInverts(mask, x: x, y: y) {
                dark[y * size + x].toggle()
            }
        }
    }

    /// The mask whose finished symbol scores the lowest penalty; the lower number wins a tie. Each candidate is
    /// scored with its own format information drawn, since that is what a reader sees too.
    func bestMask(correction: QRCode.Correction) -> Int {
        var best = (mask: 0, penalty: Int.max)
        for mask in 0..<8 {
            var candidate = self
            candidate.applyMask(mask)
            candidate.drawFormat(correction: correction, mask: mask)
            let penalty = candidate.penalty()
            if penalty < best.penalty { best = (mask, penalty) }
        }
        return best.mask
    }

    /// The four penalty rules of ISO/IEC 18004 section 7.8.3: a low score means no large blotches, no
    /// stripes or false finder patterns, and about as much dark as light, which is what readers cope with best.
    func penalty() -> Int {
        // A buffer view: this runs eight times per symbol and dominates the encoding time, most of all in debug builds.
        dark.withUnsafeBufferPointer { Self.penalty($0, size: size) }
    }

    private static func penalty(_ dark: UnsafeBufferPointer<Bool>, size: Int) -> Int {
        var total = 0
        var runs: [Int] = []
        runs.reserveCapacity(size)
        for index in 0..<size {
            runLengths(dark, start: index * size, step: 1, count: size, into: &runs)
            total += runPenalty(runs, startsDark: dark[index * size])
            runLengths(dark, start: index, step: size, count: size, into: &runs)
            total += runPenalty(runs, startsDark: dark[index])
        }
        // Rule 2: every 2×2 block of one colour, overlapping blocks counted separately.
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let colour = dark[y * size + x]
                if dark[y * size + x + 1] == colour, dark[(y + 1) * size + x] == colour,
                    dark[(y + 1) * size + x + 1] == colour
                {
                    total += 3
                }
            }
        }
        // Rule 4: 10 points for every full 5 % that the dark share strays from one half.
        var darkCount = 0
        for index in 0..<dark.count where dark[index] { darkCount += 1 }
        let cells = size * size
        total += 10 * (abs(darkCount * 20 - cells * 10) / cells)
        return total
    }

    /// The lengths of the one-colour runs along a row (`step` 1) or a column (`step` size).
    private static func runLengths(
        _ dark: UnsafeBufferPointer<Bool>, start: Int, step: Int, count: Int, into runs: inout [Int]
    ) {
        runs.removeAll(keepingCapacity: true)
        var colour = dark[start]
        var length = 0
        // A plain loop: unspecialised stride iterators are slow in debug builds.
        var index = start
        let end = start + step * count
        while index < end {
            if dark[index] == colour {
                length += 1
            } else {
                runs.append(length)
                colour.toggle()
                length = 1
            }
            index += step
        }
        runs.append(length)
    }

    /// Rules 1 and 3 along one row or column.
    static func linePenalty(_ line: [Bool]) -> Int {
        var runs: [Int] = []
        for (index, module) in line.enumerated() {
            if index > 0, module == line[index - 1] { runs[runs.count - 1] += 1 } else { runs.append(1) }
        }
        return runPenalty(runs, startsDark: line.first ?? false)
    }

    /// Rules 1 and 3 from a line's runs, which alternate in colour starting with dark when `startsDark`.
    static func runPenalty(_ runs: [Int], startsDark: Bool) -> Int {
        var total = 0
        // Rule 1: runs of five or more modules of one colour score 3, plus 1 for each module beyond five.
        for length in runs where length >= 5 { total += length - 2 }
        // Rule 3: dark, light, dark, light, dark runs in the ratio 1:1:3:1:1 (a finder's look) with a light run
        // four times the unit on either side score 40. A light run at the line's end continues into the light
        // quiet zone, so it counts as long enough.
        var first = startsDark ? 0 : 1
        while first + 4 < runs.count {
            let unit = runs[first]
            if runs[first + 1] == unit, runs[first + 2] == 3 * unit, runs[first + 3] == unit, runs[first + 4] == unit {
                let before = first <= 1 ? Int.max : runs[first - 1]
                let after = first + 5 >= runs.count - 1 ? Int.max : runs[first + 5]
                if before >= 4 * unit || after >= 4 * unit { total += 40 }
            }
            first += 2
        }
        return total
    }
}
