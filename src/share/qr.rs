//! QR Code generation (ISO/IEC 18004), byte mode only, for the share dialog.
//!
//! Pure Rust, no floats, no panics: the smallest version 1–40 that holds the
//! bytes at the requested error correction level is chosen, the data is
//! split into blocks with Reed–Solomon error correction over GF(256)
//! (polynomial 0x11D), interleaved, placed in the zig-zag order around the
//! function patterns (finders, separators, timing, alignment, format and
//! version information), and the mask with the lowest penalty (the four
//! rules of the standard) is kept. [`QrCode::svg_path`] draws the dark
//! modules as one SVG path.
//!
//! A link of up to [`MAX_BYTES`] bytes (version 40, level L) fits; the share
//! dialog says so and offers a file for anything longer.

use std::fmt;

/// The most bytes a QR code holds in byte mode (version 40, level L).
pub const MAX_BYTES: usize = 2953;

/// Error correction level: the share of codewords that may be lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ecc {
    /// About 7 %.
    L,
    /// About 15 %.
    M,
    /// About 25 %.
    Q,
    /// About 30 %.
    H,
}

impl Ecc {
    fn index(self) -> usize {
        match self {
            Ecc::L => 0,
            Ecc::M => 1,
            Ecc::Q => 2,
            Ecc::H => 3,
        }
    }

    /// The two bits of the format information.
    fn format_bits(self) -> u32 {
        match self {
            Ecc::L => 1,
            Ecc::M => 0,
            Ecc::Q => 3,
            Ecc::H => 2,
        }
    }

    fn higher(self) -> Option<Ecc> {
        match self {
            Ecc::L => Some(Ecc::M),
            Ecc::M => Some(Ecc::Q),
            Ecc::Q => Some(Ecc::H),
            Ecc::H => None,
        }
    }
}

/// Why no QR code was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrError {
    /// More bytes than the largest version holds at this level.
    TooLong { len: usize, max: usize },
    /// A mask number other than 0–7 was asked for.
    BadMask(u8),
}

impl fmt::Display for QrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QrError::TooLong { len, max } => {
                write!(f, "{len} bytes do not fit in a QR code (at most {max})")
            }
            QrError::BadMask(m) => write!(f, "mask {m} is not 0–7"),
        }
    }
}

impl std::error::Error for QrError {}

/// Error correction codewords per block, by level (L, M, Q, H) and version
/// (index 0 unused).
const ECC_CODEWORDS_PER_BLOCK: [[u8; 41]; 4] = [
    [
        0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28,
        30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28,
        28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
    [
        0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30,
        30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24,
        30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
];

/// Error correction blocks, by level (L, M, Q, H) and version (index 0
/// unused).
const NUM_BLOCKS: [[u8; 41]; 4] = [
    [
        0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
        14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
        0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21,
        23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
    [
        0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29,
        34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ],
    [
        0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32,
        35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ],
];

const PENALTY_N1: u32 = 3;
const PENALTY_N2: u32 = 3;
const PENALTY_N3: u32 = 40;
const PENALTY_N4: u32 = 10;

/// A QR code: a square of dark (`true`) and light modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    version: u8,
    size: usize,
    ecc: Ecc,
    mask: u8,
    modules: Vec<bool>,
}

impl QrCode {
    /// Encodes `data` in byte mode in the smallest version that holds it at
    /// level `ecc`, raising the level while the version stays the same
    /// (never above `max_ecc`), with the mask of lowest penalty.
    pub fn encode(data: &[u8], ecc: Ecc, max_ecc: Ecc) -> Result<QrCode, QrError> {
        let version = smallest_version(data.len(), ecc)?;
        let mut ecc = ecc;
        while let Some(next) = ecc.higher() {
            if next > max_ecc || data.len() > byte_capacity(version, next) {
                break;
            }
            ecc = next;
        }
        QrCode::encode_with(data, version, ecc, None)
    }

    /// Encodes `data` in exactly this version and level, with the given
    /// mask (0–7) or, for `None`, the mask of lowest penalty.
    pub fn encode_with(
        data: &[u8],
        version: u8,
        ecc: Ecc,
        mask: Option<u8>,
    ) -> Result<QrCode, QrError> {
        let version = version.clamp(1, 40);
        let capacity = byte_capacity(version, ecc);
        if data.len() > capacity {
            return Err(QrError::TooLong {
                len: data.len(),
                max: capacity,
            });
        }
        if let Some(m) = mask {
            if m > 7 {
                return Err(QrError::BadMask(m));
            }
        }
        let codewords = add_ecc_and_interleave(&data_codewords(data, version, ecc), version, ecc);
        let size = usize::from(version) * 4 + 17;
        let mut qr = QrCode {
            version,
            size,
            ecc,
            mask: 0,
            modules: vec![false; size * size],
        };
        let mut function = vec![false; size * size];
        qr.draw_function_patterns(&mut function);
        qr.draw_codewords(&codewords, &function);
        let chosen = match mask {
            Some(m) => m,
            None => {
                let mut best = (u32::MAX, 0u8);
                for m in 0..8u8 {
                    qr.apply_mask(m, &function);
                    qr.draw_format_bits(m, &mut function);
                    let penalty = qr.penalty();
                    if penalty < best.0 {
                        best = (penalty, m);
                    }
                    qr.apply_mask(m, &function); // XOR again: undone
                }
                best.1
            }
        };
        qr.mask = chosen;
        qr.apply_mask(chosen, &function);
        qr.draw_format_bits(chosen, &mut function);
        Ok(qr)
    }

    pub fn version(&self) -> u8 {
        self.version
    }

    /// Modules per side (`4 × version + 17`).
    pub fn size(&self) -> usize {
        self.size
    }

    pub fn ecc(&self) -> Ecc {
        self.ecc
    }

    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// Whether the module at column `x`, row `y` is dark (outside: light).
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.size
            && y < self.size
            && self
                .modules
                .get(y * self.size + x)
                .copied()
                .unwrap_or(false)
    }

    /// The rows as strings of `#` (dark) and `.` (light), for tests.
    pub fn to_rows(&self) -> Vec<String> {
        (0..self.size)
            .map(|y| {
                (0..self.size)
                    .map(|x| if self.get(x, y) { '#' } else { '.' })
                    .collect()
            })
            .collect()
    }

    /// An SVG path (`M x y h w v 1 h -w z` per run of dark modules in a
    /// row) in module units, shifted by `border` modules; draw it in a
    /// `viewBox` of `size + 2 × border`.
    pub fn svg_path(&self, border: usize) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.get(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.get(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + border,
                    y + border,
                    x - start,
                    x - start
                ));
            }
        }
        path
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        if x < self.size && y < self.size {
            if let Some(m) = self.modules.get_mut(y * self.size + x) {
                *m = dark;
            }
        }
    }

    fn set_function(&mut self, function: &mut [bool], x: usize, y: usize, dark: bool) {
        self.set(x, y, dark);
        if x < self.size && y < self.size {
            if let Some(f) = function.get_mut(y * self.size + x) {
                *f = true;
            }
        }
    }

    fn draw_function_patterns(&mut self, function: &mut [bool]) {
        let size = self.size;
        for i in 0..size {
            self.set_function(function, 6, i, i % 2 == 0);
            self.set_function(function, i, 6, i % 2 == 0);
        }
        self.draw_finder(function, 3, 3);
        self.draw_finder(function, size - 4, 3);
        self.draw_finder(function, 3, size - 4);
        let positions = alignment_positions(self.version);
        let n = positions.len();
        for (i, &ax) in positions.iter().enumerate() {
            for (j, &ay) in positions.iter().enumerate() {
                let corner = (i == 0 && (j == 0 || j + 1 == n)) || (i + 1 == n && j == 0);
                if !corner {
                    self.draw_alignment(function, ax, ay);
                }
            }
        }
        // Reserve the format areas (drawn for real once the mask is known).
        self.draw_format_bits(0, function);
        self.draw_version(function);
    }

    /// A finder (7×7) with its light separator, centred on (`cx`, `cy`).
    fn draw_finder(&mut self, function: &mut [bool], cx: usize, cy: usize) {
        for dy in -4i64..=4 {
            for dx in -4i64..=4 {
                let dist = dx.abs().max(dy.abs());
                let (x, y) = (cx as i64 + dx, cy as i64 + dy);
                if x >= 0 && y >= 0 && (x as usize) < self.size && (y as usize) < self.size {
                    self.set_function(function, x as usize, y as usize, dist != 2 && dist != 4);
                }
            }
        }
    }

    fn draw_alignment(&mut self, function: &mut [bool], cx: usize, cy: usize) {
        for dy in -2i64..=2 {
            for dx in -2i64..=2 {
                let dist = dx.abs().max(dy.abs());
                let (x, y) = (cx as i64 + dx, cy as i64 + dy);
                if x >= 0 && y >= 0 {
                    self.set_function(function, x as usize, y as usize, dist != 1);
                }
            }
        }
    }

    fn draw_format_bits(&mut self, mask: u8, function: &mut [bool]) {
        let bits = format_bits(self.ecc, mask);
        let bit = |i: u32| (bits >> i) & 1 != 0;
        let size = self.size;
        // Around the top-left finder.
        for i in 0..=5 {
            self.set_function(function, 8, i as usize, bit(i));
        }
        self.set_function(function, 8, 7, bit(6));
        self.set_function(function, 8, 8, bit(7));
        self.set_function(function, 7, 8, bit(8));
        for i in 9..15u32 {
            self.set_function(function, (14 - i) as usize, 8, bit(i));
        }
        // The second copy, beside the other two finders.
        for i in 0..8u32 {
            self.set_function(function, size - 1 - i as usize, 8, bit(i));
        }
        for i in 8..15u32 {
            self.set_function(function, 8, size - 15 + i as usize, bit(i));
        }
        self.set_function(function, 8, size - 8, true); // the dark module
    }

    fn draw_version(&mut self, function: &mut [bool]) {
        if self.version < 7 {
            return;
        }
        let bits = version_bits(self.version);
        for i in 0..18u32 {
            let dark = (bits >> i) & 1 != 0;
            let a = self.size - 11 + (i % 3) as usize;
            let b = (i / 3) as usize;
            self.set_function(function, a, b, dark);
            self.set_function(function, b, a, dark);
        }
    }

    /// Places the codewords in the zig-zag order, skipping function modules.
    fn draw_codewords(&mut self, codewords: &[u8], function: &[bool]) {
        let size = self.size;
        let total_bits = codewords.len() * 8;
        let mut i = 0usize;
        let mut right = size as i64 - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            for vert in 0..size {
                for j in 0..2 {
                    let x = (right - j) as usize;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { size - 1 - vert } else { vert };
                    let is_function = function.get(y * size + x).copied().unwrap_or(true);
                    if !is_function && i < total_bits {
                        let byte = codewords.get(i >> 3).copied().unwrap_or(0);
                        self.set(x, y, (byte >> (7 - (i & 7))) & 1 != 0);
                        i += 1;
                    }
                    // Remainder bits stay light (false).
                }
            }
            right -= 2;
        }
    }

    /// XORs mask `mask` over the non-function modules (twice undoes it).
    fn apply_mask(&mut self, mask: u8, function: &[bool]) {
        let size = self.size;
        for y in 0..size {
            for x in 0..size {
                let invert = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let is_function = function.get(y * size + x).copied().unwrap_or(true);
                if invert && !is_function {
                    let dark = self.get(x, y);
                    self.set(x, y, !dark);
                }
            }
        }
    }

    /// The penalty of the four rules (ISO/IEC 18004, 7.8.3): runs of five
    /// or more, 2×2 blocks, finder-like 1:1:3:1:1 patterns with four light
    /// modules on a side (the quiet zone counts as light), and the
    /// imbalance of dark and light.
    fn penalty(&self) -> u32 {
        let size = self.size;
        let mut total = 0u32;
        for horizontal in [true, false] {
            for a in 0..size {
                let line: Vec<bool> = (0..size)
                    .map(|b| {
                        if horizontal {
                            self.get(b, a)
                        } else {
                            self.get(a, b)
                        }
                    })
                    .collect();
                total += line_penalty(&line);
            }
        }
        for y in 0..size.saturating_sub(1) {
            for x in 0..size.saturating_sub(1) {
                let c = self.get(x, y);
                if c == self.get(x + 1, y) && c == self.get(x, y + 1) && c == self.get(x + 1, y + 1)
                {
                    total += PENALTY_N2;
                }
            }
        }
        let dark = self.modules.iter().filter(|&&m| m).count() as u64;
        let all = (size * size) as u64;
        // k = ceil(|dark/all − 50 %| / 5 %) − 1: 45–55 % costs nothing.
        let deviation = (dark * 20).abs_diff(all * 10);
        let steps = deviation.div_ceil(all.max(1)).saturating_sub(1);
        total += PENALTY_N4 * u32::try_from(steps).unwrap_or(u32::MAX / PENALTY_N4);
        total
    }
}

/// Rules 1 and 3 on one row or column.
fn line_penalty(line: &[bool]) -> u32 {
    let mut total = 0u32;
    let mut run = 0usize;
    let mut prev = None;
    for &m in line {
        if Some(m) == prev {
            run += 1;
        } else {
            if run >= 5 {
                total += PENALTY_N1 + (run - 5) as u32;
            }
            run = 1;
            prev = Some(m);
        }
    }
    if run >= 5 {
        total += PENALTY_N1 + (run - 5) as u32;
    }
    // 1:1:3:1:1 with four light modules before or after; outside is light.
    const CORE: [bool; 7] = [true, false, true, true, true, false, true];
    let n = line.len() as i64;
    let at = |i: i64| i >= 0 && i < n && line.get(i as usize).copied().unwrap_or(false);
    for start in 0..n {
        if (0..7).all(|k| at(start + k) == CORE[k as usize]) {
            let before = (1..=4).all(|k| !at(start - k));
            let after = (1..=4).all(|k| !at(start + 6 + k));
            if before || after {
                total += PENALTY_N3;
            }
        }
    }
    total
}

/// 15 bits: level and mask, BCH(15,5), XOR 0x5412.
fn format_bits(ecc: Ecc, mask: u8) -> u32 {
    let data = (ecc.format_bits() << 3) | u32::from(mask & 7);
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10) | (rem & 0x3FF)) ^ 0x5412
}

/// 18 bits: version, BCH(18,6).
fn version_bits(version: u8) -> u32 {
    let data = u32::from(version);
    let mut rem = data;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    (data << 12) | (rem & 0xFFF)
}

/// Centres of the alignment patterns on each axis.
fn alignment_positions(version: u8) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let v = usize::from(version);
    let count = v / 7 + 2;
    let step = if v == 32 {
        26
    } else {
        (v * 4 + count * 2 + 1) / (count * 2 - 2) * 2
    };
    let size = v * 4 + 17;
    let mut positions = vec![6];
    let mut pos = size - 7;
    let mut rest = Vec::with_capacity(count - 1);
    for _ in 0..count - 1 {
        rest.push(pos);
        pos = pos.saturating_sub(step);
    }
    rest.reverse();
    positions.extend(rest);
    positions
}

/// Modules left for data and error correction (after function patterns),
/// in bits.
fn raw_data_modules(version: u8) -> usize {
    let v = usize::from(version);
    let mut result = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        result -= (25 * align - 10) * align - 55;
        if v >= 7 {
            result -= 36;
        }
    }
    result
}

fn table(t: &[[u8; 41]; 4], ecc: Ecc, version: u8) -> usize {
    t.get(ecc.index())
        .and_then(|row| row.get(usize::from(version)))
        .map(|&n| usize::from(n))
        .unwrap_or(0)
}

/// Data codewords (bytes) of a version and level.
fn data_codeword_count(version: u8, ecc: Ecc) -> usize {
    (raw_data_modules(version) / 8).saturating_sub(
        table(&ECC_CODEWORDS_PER_BLOCK, ecc, version) * table(&NUM_BLOCKS, ecc, version),
    )
}

fn count_bits(version: u8) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// The most bytes that byte mode holds in this version and level.
pub fn byte_capacity(version: u8, ecc: Ecc) -> usize {
    let bits = data_codeword_count(version, ecc) * 8;
    bits.saturating_sub(4 + count_bits(version)) / 8
}

/// The smallest version holding `len` bytes at `ecc`.
pub fn smallest_version(len: usize, ecc: Ecc) -> Result<u8, QrError> {
    (1..=40u8)
        .find(|&v| len <= byte_capacity(v, ecc))
        .ok_or(QrError::TooLong {
            len,
            max: byte_capacity(40, ecc),
        })
}

/// Mode, count, data, terminator, bit padding and pad bytes 0xEC 0x11.
fn data_codewords(data: &[u8], version: u8, ecc: Ecc) -> Vec<u8> {
    let capacity_bits = data_codeword_count(version, ecc) * 8;
    let mut bits: Vec<bool> = Vec::with_capacity(capacity_bits);
    let mut push = |value: usize, n: usize| {
        for i in (0..n).rev() {
            bits.push((value >> i) & 1 != 0);
        }
    };
    push(0b0100, 4);
    push(data.len(), count_bits(version));
    for &b in data {
        push(usize::from(b), 8);
    }
    let terminator = capacity_bits.saturating_sub(bits.len()).min(4);
    bits.extend(std::iter::repeat_n(false, terminator));
    while bits.len() % 8 != 0 {
        bits.push(false);
    }
    let mut bytes: Vec<u8> = bits
        .chunks(8)
        .map(|chunk| chunk.iter().fold(0u8, |acc, &b| (acc << 1) | u8::from(b)))
        .collect();
    let mut pad = [0xEC, 0x11].into_iter().cycle();
    while bytes.len() < capacity_bits / 8 {
        bytes.push(pad.next().unwrap_or(0xEC));
    }
    bytes
}

/// Splits into blocks, appends each block's Reed–Solomon codewords, and
/// interleaves.
fn add_ecc_and_interleave(data: &[u8], version: u8, ecc: Ecc) -> Vec<u8> {
    let num_blocks = table(&NUM_BLOCKS, ecc, version).max(1);
    let ecc_len = table(&ECC_CODEWORDS_PER_BLOCK, ecc, version);
    let raw_codewords = raw_data_modules(version) / 8;
    let num_short = num_blocks - raw_codewords % num_blocks;
    let short_len = raw_codewords / num_blocks;
    let divisor = rs_divisor(ecc_len);
    let mut blocks: Vec<Vec<u8>> = Vec::with_capacity(num_blocks);
    let mut k = 0usize;
    for i in 0..num_blocks {
        let data_len = short_len - ecc_len + usize::from(i >= num_short);
        let end = (k + data_len).min(data.len());
        let mut block = data.get(k..end).unwrap_or_default().to_vec();
        k = end;
        let ecc_bytes = rs_remainder(&block, &divisor);
        if i < num_short {
            block.push(0); // a placeholder, skipped when interleaving
        }
        block.extend(ecc_bytes);
        blocks.push(block);
    }
    let mut result = Vec::with_capacity(raw_codewords);
    let block_len = short_len + 1;
    for i in 0..block_len {
        for (j, block) in blocks.iter().enumerate() {
            let placeholder = i == short_len - ecc_len && j < num_short;
            if !placeholder {
                if let Some(&b) = block.get(i) {
                    result.push(b);
                }
            }
        }
    }
    result
}

/// The generator polynomial of degree `degree` (roots α⁰ … α^(degree−1)),
/// leading 1 dropped, highest power first.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    if let Some(last) = result.last_mut() {
        *last = 1;
    }
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            let next = result.get(j + 1).copied().unwrap_or(0);
            if let Some(r) = result.get_mut(j) {
                *r = gf_mul(*r, root) ^ next;
            }
        }
        root = gf_mul(root, 0x02);
    }
    result
}

fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0u8; divisor.len()];
    for &b in data {
        let factor = b ^ result.first().copied().unwrap_or(0);
        if !result.is_empty() {
            result.remove(0);
            result.push(0);
        }
        for (r, &d) in result.iter_mut().zip(divisor) {
            *r ^= gf_mul(d, factor);
        }
    }
    result
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    (z & 0xFF) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_match_the_standard_table() {
        assert_eq!(byte_capacity(1, Ecc::L), 17);
        assert_eq!(byte_capacity(1, Ecc::M), 14);
        assert_eq!(byte_capacity(1, Ecc::Q), 11);
        assert_eq!(byte_capacity(1, Ecc::H), 7);
        assert_eq!(byte_capacity(10, Ecc::M), 213);
        assert_eq!(byte_capacity(40, Ecc::L), MAX_BYTES);
        assert_eq!(byte_capacity(40, Ecc::M), 2331);
        assert_eq!(byte_capacity(40, Ecc::H), 1273);
    }

    #[test]
    fn gf_and_bch_basics() {
        assert_eq!(gf_mul(0x80, 0x02), 0x1D);
        assert_eq!(gf_mul(0x53, 0x01), 0x53);
        // Level M, mask 5 → 100000011001110 per the standard's example.
        assert_eq!(format_bits(Ecc::M, 5), 0b100_0000_1100_1110);
        // Version 7 → 000111110010010100.
        assert_eq!(version_bits(7), 0b000111_110010_010100);
    }

    /// Reference matrices made by an independent encoder (the Python
    /// package `qrcode` 8.2, byte mode, border 0, fixed mask): identical
    /// module for module.
    const HELLO_V1_M_MASK0: [&str; 21] = [
        "#######..##.#.#######",
        "#.....#.##..#.#.....#",
        "#.###.#..#.##.#.###.#",
        "#.###.#....##.#.###.#",
        "#.###.#.#.#.#.#.###.#",
        "#.....#..##.#.#.....#",
        "#######.#.#.#.#######",
        "..........###........",
        "#.#.#.#....#....#..#.",
        "##.###..#..#....#..##",
        "..#.#.#.....##.######",
        "#.#.......#....#...#.",
        "###..##..##.#...#....",
        "........#..##.###.##.",
        "#######.....##..#.###",
        "#.....#...##...#.....",
        "#.###.#.#.####.#...#.",
        "#.###.#...####.##.##.",
        "#.###.#.#..##...#.#.#",
        "#.....#...##....#..#.",
        "#######.#.##...#...##",
    ];
    const LINK_V4_M_MASK5: [&str; 33] = [
        "#######..#.##.#...#..##...#######",
        "#.....#.####.##..#..##..#.#.....#",
        "#.###.#.#.##.#..####.#..#.#.###.#",
        "#.###.#.##.#........#...#.#.###.#",
        "#.###.#..##..#.#.##...#...#.###.#",
        "#.....#.....##..###...#...#.....#",
        "#######.#.#.#.#.#.#.#.#.#.#######",
        "........#.#.#.#.........#........",
        "#.....#.#.#########...#..##..###.",
        ".#.###.####........##.##....####.",
        ".##.#.#..#..#..#..#.##......#.#..",
        "##...#.##..#..##...##.#....####.#",
        "..#...#.#...#######..#....#....#.",
        "##.....##.#...#.#..#...#...#..###",
        "#..#.##.#....#....#.###..##.####.",
        "..#.#..##.##.###....#..###...##.#",
        "..###.###.#.###.###....###.##...#",
        "##.............#####...#..#..####",
        ".#.#.##..#.#####...#.###.#.#.##.#",
        ".........#....#..####.#.###.###..",
        ".#....#...#...###...#.#.##.###.##",
        "##.#...##....##.###..##...#####..",
        "#.#..##.###..#.###..#.#.##...###.",
        "#.#..#.#..#.#.....###..#.#.#.##..",
        "##..####...#.###...##..######...#",
        "........####.####.###...#...#.#..",
        "#######.....##.#..#..####.#.#.##.",
        "#.....#...#.####...##.###...###..",
        "#.###.#...##.##...#...#.######...",
        "#.###.#..##.###.#..###..##.##..##",
        "#.###.#..###.#..##.#...#...##.###",
        "#.....#..##..####...#.#.#######..",
        "#######.#.#.#.......#.###..#.###.",
    ];
    const SHORT_LINK: &str = "https://example.org/#k1.eNqrVkrLz1eyUkpKLFKqBQAdegQ0";

    fn fnv(rows: &[String]) -> String {
        crate::store::fnv1a64_hex(rows.join("\n").as_bytes())
    }

    #[test]
    fn matches_the_reference_encoder_module_for_module() {
        let qr = QrCode::encode_with(b"Hello, world!", 1, Ecc::M, Some(0)).unwrap();
        assert_eq!(qr.to_rows(), HELLO_V1_M_MASK0);
        let qr = QrCode::encode_with(SHORT_LINK.as_bytes(), 4, Ecc::M, Some(5)).unwrap();
        assert_eq!(qr.to_rows(), LINK_V4_M_MASK5);
        // Larger ones by hash of the reference's rows: version 7 (version
        // information), 10 (16-bit count), 32 (its odd alignment step), 40.
        let long: String = "abcdefghijklmnopqrstuvwxyz0123456789"
            .repeat(6)
            .chars()
            .take(200)
            .collect();
        let cases: [(&[u8], u8, Ecc, u8, &str); 6] = [
            (b"Hello, world!", 1, Ecc::L, 3, "e3aaa324f7e6d9cb"),
            (SHORT_LINK.as_bytes(), 7, Ecc::L, 6, "e958411e20d73233"),
            (long.as_bytes(), 10, Ecc::M, 2, "7d544dd3576ca3af"),
            (b"x", 32, Ecc::Q, 7, "603e3eafde64c24a"),
            (b"y", 40, Ecc::H, 1, "5675dce9f3735604"),
            (b"z", 40, Ecc::L, 4, "0e539728f9ea9611"),
        ];
        for (data, version, ecc, mask, hash) in cases {
            let qr = QrCode::encode_with(data, version, ecc, Some(mask)).unwrap();
            assert_eq!(
                fnv(&qr.to_rows()),
                hash,
                "version {version} {ecc:?} mask {mask}"
            );
        }
    }

    /// Reads the 15 format bits of the first copy back.
    fn read_format(qr: &QrCode) -> u32 {
        let mut bits = 0u32;
        let mut put = |i: u32, dark: bool| bits |= u32::from(dark) << i;
        for i in 0..=5 {
            put(i, qr.get(8, i as usize));
        }
        put(6, qr.get(8, 7));
        put(7, qr.get(8, 8));
        put(8, qr.get(7, 8));
        for i in 9..15 {
            put(i, qr.get((14 - i) as usize, 8));
        }
        bits
    }

    fn read_format_second(qr: &QrCode) -> u32 {
        let s = qr.size();
        let mut bits = 0u32;
        for i in 0..8u32 {
            bits |= u32::from(qr.get(s - 1 - i as usize, 8)) << i;
        }
        for i in 8..15u32 {
            bits |= u32::from(qr.get(8, s - 15 + i as usize)) << i;
        }
        bits
    }

    fn assert_finder(qr: &QrCode, x0: usize, y0: usize) {
        for dy in 0..7 {
            for dx in 0..7 {
                let edge = dx == 0 || dy == 0 || dx == 6 || dy == 6;
                let core = (2..=4).contains(&dx) && (2..=4).contains(&dy);
                assert_eq!(
                    qr.get(x0 + dx, y0 + dy),
                    edge || core,
                    "finder at ({x0}, {y0}) module ({dx}, {dy})"
                );
            }
        }
    }

    #[test]
    fn structure_of_automatic_codes() {
        for (len, ecc) in [
            (1usize, Ecc::L),
            (40, Ecc::M),
            (300, Ecc::M),
            (1200, Ecc::L),
            (MAX_BYTES, Ecc::L),
        ] {
            let data: Vec<u8> = (0..len).map(|i| b"k1.AZaz09-_"[i % 11]).collect();
            let qr = QrCode::encode(&data, ecc, Ecc::M).unwrap();
            let s = qr.size();
            assert_eq!(s, usize::from(qr.version()) * 4 + 17);
            assert_eq!(qr.version(), smallest_version(len, ecc).unwrap());
            // Finders and their light separators.
            assert_finder(&qr, 0, 0);
            assert_finder(&qr, s - 7, 0);
            assert_finder(&qr, 0, s - 7);
            for i in 0..8 {
                assert!(!qr.get(7, i) && !qr.get(i, 7), "separator");
                assert!(!qr.get(s - 8, i) && !qr.get(i, s - 8), "separator");
            }
            // Timing patterns.
            for i in 8..s - 8 {
                assert_eq!(qr.get(i, 6), i % 2 == 0);
                assert_eq!(qr.get(6, i), i % 2 == 0);
            }
            // The dark module.
            assert!(qr.get(8, s - 8));
            // Both copies of the format information name the level and mask.
            let expected = format_bits(qr.ecc(), qr.mask());
            assert_eq!(read_format(&qr), expected);
            assert_eq!(read_format_second(&qr), expected);
            let unmasked = read_format(&qr) ^ 0x5412;
            assert_eq!(unmasked >> 13, qr.ecc().format_bits());
            assert_eq!((unmasked >> 10) & 7, u32::from(qr.mask()));
            // Version information (version 7 and up), both copies.
            if qr.version() >= 7 {
                let bits = version_bits(qr.version());
                for i in 0..18u32 {
                    let (a, b) = (s - 11 + (i % 3) as usize, (i / 3) as usize);
                    assert_eq!(qr.get(a, b), (bits >> i) & 1 != 0);
                    assert_eq!(qr.get(b, a), (bits >> i) & 1 != 0);
                }
                assert_eq!(bits >> 12, u32::from(qr.version()));
            }
            // The automatic mask is the one of least penalty.
            let best = (0..8u8)
                .map(|m| {
                    QrCode::encode_with(&data, qr.version(), qr.ecc(), Some(m))
                        .unwrap()
                        .penalty()
                })
                .min()
                .unwrap();
            assert_eq!(qr.penalty(), best);
        }
    }

    #[test]
    fn level_is_raised_within_the_same_version_but_not_past_the_cap() {
        let qr = QrCode::encode(b"Hello", Ecc::L, Ecc::M).unwrap();
        assert_eq!((qr.version(), qr.ecc()), (1, Ecc::M));
        let qr = QrCode::encode(b"Hello", Ecc::L, Ecc::H).unwrap();
        assert_eq!((qr.version(), qr.ecc()), (1, Ecc::H));
    }

    #[test]
    fn too_long_and_bad_mask_are_errors() {
        let data = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            QrCode::encode(&data, Ecc::L, Ecc::M),
            Err(QrError::TooLong {
                len: MAX_BYTES + 1,
                max: MAX_BYTES
            })
        );
        assert!(QrCode::encode(&data[..MAX_BYTES], Ecc::L, Ecc::M).is_ok());
        assert_eq!(
            QrCode::encode_with(b"a", 1, Ecc::L, Some(8)),
            Err(QrError::BadMask(8))
        );
        assert!(matches!(
            QrCode::encode_with(&[0; 20], 1, Ecc::L, None),
            Err(QrError::TooLong { .. })
        ));
    }

    #[test]
    fn svg_path_covers_every_dark_module_once() {
        let qr = QrCode::encode(b"Hello, world!", Ecc::M, Ecc::M).unwrap();
        let path = qr.svg_path(4);
        let widths: usize = path
            .split('h')
            .skip(1)
            .step_by(2)
            .filter_map(|w| w.split('v').next()?.parse::<usize>().ok())
            .sum();
        let dark = qr
            .to_rows()
            .iter()
            .map(|r| r.matches('#').count())
            .sum::<usize>();
        assert_eq!(widths, dark);
        assert!(path.starts_with("M4 4h7v1h-7z"));
    }

    #[test]
    fn every_version_and_level_encodes_its_full_capacity() {
        for version in 1..=40u8 {
            for ecc in [Ecc::L, Ecc::M, Ecc::Q, Ecc::H] {
                let cap = byte_capacity(version, ecc);
                let data = vec![b'k'; cap];
                let raw = raw_data_modules(version) / 8;
                let blocks =
                    add_ecc_and_interleave(&data_codewords(&data, version, ecc), version, ecc);
                assert_eq!(
                    blocks.len(),
                    raw,
                    "version {version} {ecc:?}: every codeword placed"
                );
                let qr = QrCode::encode_with(&data, version, ecc, Some(0)).unwrap();
                assert_eq!(qr.size(), usize::from(version) * 4 + 17);
                assert!(QrCode::encode_with(&vec![b'k'; cap + 1], version, ecc, Some(0)).is_err());
            }
        }
    }
}
