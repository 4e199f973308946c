import Foundation

/// New and full moons by Meeus, *Astronomical Algorithms* ch. 49 (with the periodic and the
/// fourteen planetary corrections; a few seconds from the true instant over 1900–2100).
///
/// Lunations are numbered as Meeus's k: 0 is the new moon of 6 January 2000.
enum MoonPhase {
    /// The Terrestrial Time (JDE) of new moon `k` (or the full moon after it, `full`).
    static func instant(lunation k: Int, full: Bool = false) -> Double {
        let k = Double(k) + (full ? 0.5 : 0)
        let t = k / 1236.85
        let r = Ephemeris.radians
        var jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.000000150 * t * t * t + 0.00000000073 * pow(t, 4)
        let e = 1 - 0.002516 * t - 0.0000074 * t * t
        let m = (2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t) * r
        let mp = (201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t - 0.000000058 * pow(t, 4)) * r
        let f = (160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t + 0.000000011 * pow(t, 4)) * r
        let node = (124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t) * r
        let first: [Double] =
            full
            ? [-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209]
            : [-0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208]
        jde += first[0] * sin(mp) + first[1] * e * sin(m) + first[2] * sin(2 * mp) + first[3] * sin(2 * f)
        jde += first[4] * e * sin(mp - m) + first[5] * e * sin(mp + m) + first[6] * e * e * sin(2 * m)
        jde += -0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m) - 0.00042 * sin(3 * mp)
        jde += 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f) - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(node)
        jde += -0.00007 * sin(mp + 2 * m) + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
        jde += 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
        jde += -0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp)
        let planetary: [(Double, Double, Double)] = [
            (299.77, 0.107408, 325), (251.88, 0.016321, 165), (251.83, 26.651886, 164), (349.42, 36.412478, 126),
            (84.66, 18.206239, 110), (141.74, 53.303771, 62), (207.14, 2.453732, 60), (154.84, 7.306860, 56),
            (34.52, 27.261239, 47), (207.19, 0.121824, 42), (291.34, 1.844379, 40), (161.72, 24.198154, 37),
            (239.56, 25.513099, 35), (331.55, 3.592518, 23),
        ]
        for (index, (start, rate, amplitude)) in planetary.enumerated() {
            let angle = start + rate * k - (index == 0 ? 0.009173 * t * t : 0)
            jde += amplitude / 1_000_000 * sin(angle * r)
        }
        return jde
    }

    /// The Universal Time (Julian Day) of new moon `k`, or of the full moon after it.
    static func ut(lunation k: Int, full: Bool = false) -> Double {
        Ephemeris.ut(tt: instant(lunation: k, full: full))
    }

    /// The number of the lunation whose new moon is nearest the Julian Day `jd`.
    static func lunation(near jd: Double) -> Int {
        Int(((jd - 2_451_550.09766) / 29.530588861).rounded())
    }
}
