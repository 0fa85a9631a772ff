import Foundation

extension DriverAnalysis {
    /// Runs a full key-driver analysis: sets aside drivers that cannot be estimated (saying why), computes
    /// correlations, relative weights and Shapley values with bootstrap intervals, and calls a driver
    /// significant only when it outweighs a random variable in the bootstrap (Tonidandel, LeBreton and
    /// Johnson 2009), so that drivers that explain nothing are not ranked.
    public static func analyse(_ data: DriverData, options: DriverOptions = .init()) -> DriverReport {
        let k = data.drivers.count
        let columns = data.drivers.map(\.values) + [data.outcome.values]
        let matrix = CorrelationMatrix(columns: columns, missing: options.missing)
        let summaries = data.drivers.indices.map { j in
            summary(data.drivers[j], n: matrix.pairCounts[j][j], mean: matrix.means[j])
        }
        let outcomeN = matrix.pairCounts[k][k]
        let outcome = DriverSummary(
            id: data.outcome.id, label: data.outcome.label, n: outcomeN,
            mean: matrix.means[k].isFinite ? matrix.means[k] : nil)
        var report = DriverReport(
            outcome: outcome, missing: options.missing, confidence: options.confidence,
            n: options.missing == .listwise ? matrix.rows : outcomeN)
        guard matrix.deviations[k] > 0 else {
            report.problem = DriverProblem(reason: outcomeN < 2 ? .tooFewResponses : .outcomeWithoutVariance, n: outcomeN)
            if outcomeN < 2 { report.problem?.needed = options.minimumPerDriver }
            return report
        }

        let (kept, excluded) = selectDrivers(matrix: matrix, summaries: summaries, options: options)
        report.excluded = excluded
        guard !kept.isEmpty else {
            report.problem = DriverProblem(reason: .noDrivers, n: report.n)
            return report
        }
        let modelColumns = kept + [k]
        let smallestPair = modelColumns.flatMap { i in modelColumns.map { matrix.pairCounts[i][$0] } }.min() ?? 0
        if options.missing == .pairwise { report.smallestPairN = smallestPair }
        // The rule of ten applies to the rows that answer the outcome and a driver; pairs of drivers only need
        // the minimum each driver needs.
        let needed = Swift.max(options.minimumPerDriver, options.rowsPerDriver * kept.count)
        let smallestWithOutcome = kept.map { matrix.pairCounts[$0][k] }.min() ?? 0
        guard smallestWithOutcome >= needed else {
            report.problem = DriverProblem(reason: .tooFewResponses, n: smallestWithOutcome, needed: needed)
            return report
        }
        let sub = modelColumns.map { i in modelColumns.map { matrix.values[i][$0] } }
        // Pairwise correlations rest on different rows and need not fit together: the full matrix must be
        // positive definite, or R² can come out above 1.
        guard LinearAlgebra.cholesky(sub) != nil, let problem = RegressionProblem(correlations: sub),
            let weights = relativeWeights(problem), weights.rSquared < 1 - 1e-8
        else {
            report.problem = DriverProblem(
                reason: options.missing == .pairwise ? .inconsistentPairwise : .noDrivers, n: report.n)
            return report
        }
        let shapleyValues = options.shapley ? shapley(problem) : nil
        let bootstrap = DriverBootstrap(
            columns: modelColumns.map { columns[$0] }, missing: options.missing, options: options,
            shapley: shapleyValues != nil)
        let intervals = bootstrap.run(estimates: weights, shapley: shapleyValues)

        report.rSquared = weights.rSquared
        report.rSquaredInterval = intervals?.rSquared
        report.replicates = intervals?.replicates ?? 0
        report.replicateRows = bootstrap.rowsPerReplicate
        report.shapleyComputed = shapleyValues != nil
        let drivers = kept.indices.map { position in
            let j = kept[position]
            let r = matrix.values[j][k]
            let pairN = matrix.pairCounts[j][k]
            let test = correlationTest(r, n: pairN, confidence: options.confidence)
            return DriverImportance(
                driver: summaries[j], pairN: pairN, correlation: r, correlationInterval: test.interval,
                correlationP: test.p, relativeWeight: weights.weights[position],
                relativeWeightInterval: intervals?.weights[position],
                share: weights.rSquared > 0 ? 100 * weights.weights[position] / weights.rSquared : 0,
                shapley: shapleyValues?[position], shapleyInterval: intervals?.shapley?[position],
                significant: intervals?.significant[position] ?? false, rank: nil)
        }
        report.drivers = ranked(drivers)
        return report
    }

    private static func summary(_ variable: DriverVariable, n: Int, mean: Double) -> DriverSummary {
        DriverSummary(
            id: variable.id, label: variable.label, kind: variable.kind, n: n, mean: mean.isFinite ? mean : nil)
    }

    /// Significant drivers first, ranked by relative weight; the others follow unranked.
    private static func ranked(_ drivers: [DriverImportance]) -> [DriverImportance] {
        let ordered = drivers.sorted { a, b in
            a.significant != b.significant ? a.significant : a.relativeWeight > b.relativeWeight
        }
        var rank = 0
        return ordered.map { driver in
            var driver = driver
            if driver.significant {
                rank += 1
                driver.rank = rank
            }
            return driver
        }
    }

    /// The drivers that can enter the model, in input order, and those set aside with the reason: no
    /// variance, too few answers (alone or together with a driver already in), or collinear with the
    /// drivers already in.
    static func selectDrivers(
        matrix: CorrelationMatrix, summaries: [DriverSummary], options: DriverOptions
    ) -> (kept: [Int], excluded: [ExcludedDriver]) {
        let k = summaries.count
        var kept: [Int] = []
        var excluded: [ExcludedDriver] = []
        for j in 0..<k {
            let pairN = matrix.pairCounts[j][k]
            if !(matrix.deviations[j] > 0) || (pairN >= 3 && matrix.values[j][k].isNaN) {
                excluded.append(ExcludedDriver(driver: summaries[j], reason: .noVariance, pairN: pairN))
                continue
            }
            let smallest = ([pairN] + kept.map { matrix.pairCounts[j][$0] }).min() ?? pairN
            if smallest < options.minimumPerDriver || kept.contains(where: { matrix.values[j][$0].isNaN }) {
                excluded.append(
                    ExcludedDriver(
                        driver: summaries[j], reason: .tooFewAnswers, pairN: smallest, needed: options.minimumPerDriver))
                continue
            }
            if !kept.isEmpty {
                let within = kept.map { a in kept.map { matrix.values[a][$0] } }
                let targets = kept.map { matrix.values[$0][j] }
                if let coefficients = LinearAlgebra.solve(within, targets) {
                    let explained = zip(coefficients, targets).reduce(0) { $0 + $1.0 * $1.1 }
                    if 1 - explained <= collinearityTolerance {
                        let partners = kept.indices.filter { abs(coefficients[$0]) > 1e-6 }.map { summaries[kept[$0]].id }
                        excluded.append(
                            ExcludedDriver(driver: summaries[j], reason: .collinear, pairN: pairN, collinearWith: partners))
                        continue
                    }
                }
            }
            kept.append(j)
        }
        return (kept, excluded)
    }

    /// How close to 1 a driver's R² on the drivers already in may come before it counts as collinear
    /// (a variance inflation factor of a hundred million).
    static let collinearityTolerance = 1e-8

    /// The Fisher-z interval and the t-test p-value of a correlation over n rows.
    static func correlationTest(_ r: Double, n: Int, confidence: Double) -> (interval: Interval, p: Double) {
        guard n > 3, abs(r) < 1 else { return (Interval(low: r, high: r), abs(r) == 1 ? 0 : 1) }
        let z = Confidence(level: confidence).z
        let fisher = atanh(r)
        let error = 1 / Double(n - 3).squareRoot()
        let interval = Interval(low: tanh(fisher - z * error), high: tanh(fisher + z * error))
        let t = r * (Double(n - 2) / (1 - r * r)).squareRoot()
        let p = 2 * Distributions.studentTUpperTail(abs(t), degreesOfFreedom: Double(n - 2))
        return (interval, Swift.min(1, Swift.max(0, p)))
    }
}
