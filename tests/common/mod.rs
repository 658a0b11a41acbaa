//! Input generators shared by the parser tests (`fuzz_parser.rs`,
//! `fast_path.rs`): a small deterministic PRNG (cheap, reproducible), random
//! bytes, token soups from the grammar's vocabulary, and mutations of valid
//! scenarios.

#![allow(dead_code)]

/// xorshift64*: tiny, fast and good enough to vary inputs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

pub const VALID: &[&str] = &[
    include_str!("../../scenarios/files/first-example.mm"),
    "kernel \"4.12\"\narch x86_64\nsysctl vm.max_map_count = 100\nmemory total=16G free=12G swap=0 hugepages=0\n\
     mount /huge hugetlbfs pagesize=2M\nmount /mnt/nx tmpfs noexec,nosuid\nfile \"/data/a b\" size=4K mode=0600 owner=1000:1000 append\n\
     dir /srv mode=0755\ndevice /dev/zero zero\nfifo /run/p\n",
    "$a = mmap(NULL, 2*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000\n\
     mremap($a, 8192, 16K, MREMAP_MAYMOVE) = $a\nrlimit RLIMIT_MEMLOCK 64K unlimited\n\
     setrlimit(RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0\n\
     fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EAGAIN\n\
     status { VmLck: 64 kB  MapCount: 2 }\nmaps {\n  7ffff7ffd000-7ffff7fff000 rw-p 00000000 00:00 0    [heap]\n}\nmaps { }\n",
    "process a uid=1000 caps=CAP_IPC_LOCK|CAP_SYS_ADMIN {\n  mlock(0x1000,\n        4096) = -1 ENOMEM (Cannot allocate memory)\n}\nprocess b { }\nprocess a {\n  munlockall()\n}\n",
];

pub const VOCABULARY: &[&str] = &[
    "kernel",
    "arch",
    "sysctl",
    "memory",
    "mount",
    "file",
    "dir",
    "device",
    "fifo",
    "process",
    "maps",
    "status",
    "rlimit",
    "mmap",
    "munmap",
    "open",
    "fcntl",
    "(",
    ")",
    "{",
    "}",
    ",",
    "=",
    "|",
    "+",
    "-",
    "*",
    "$a",
    "$",
    "\"",
    "\"/x\"",
    "\\",
    "#",
    "\n",
    " ",
    "\t",
    "\r",
    "0",
    "0x",
    "0x1000",
    "0644",
    "16K",
    "99999999999999999999999",
    "-1",
    "EACCES",
    "PROT_READ",
    "NULL",
    "size=",
    "mode=",
    "owner=1:2",
    "uid=",
    "caps=",
    "none",
    "/mnt",
    "7fff-8000",
    "rw-p",
    "00:00",
    "kB",
    ":",
    "[heap]",
    "é",
    "\u{0}",
];

pub fn random_bytes(rng: &mut Rng) -> String {
    let bytes: Vec<u8> = (0..rng.below(120)).map(|_| rng.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn token_soup(rng: &mut Rng) -> String {
    (0..rng.below(40)).map(|_| rng.pick(VOCABULARY)).collect()
}

pub fn mutation(rng: &mut Rng) -> String {
    let source = rng.pick(VALID);
    mutate(rng, source)
}

/// A window of a few lines of `source`, with one to four random edits.
pub fn mutate(rng: &mut Rng, source: &str) -> String {
    // A window of a few lines keeps inputs small (debug pest is slow) while
    // still crossing block boundaries.
    let lines: Vec<&str> = source.lines().collect();
    let from = rng.below(lines.len());
    let to = (from + 1 + rng.below(6)).min(lines.len());
    let mut chars: Vec<char> = lines[from..to].join("\n").chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        match rng.below(5) {
            0 => {
                chars.remove(at);
            }
            1 => chars.insert(at, chars[at]),
            2 => {
                let other = rng.below(chars.len());
                chars.swap(at, other);
            }
            3 => chars.insert(
                at,
                rng.pick(&["(", ")", "{", "}", "\"", ",", "\n", "#", "$", "="])
                    .chars()
                    .next()
                    .unwrap_or(' '),
            ),
            _ => {
                let token: Vec<char> = rng.pick(VOCABULARY).chars().collect();
                chars.splice(at..at, token);
            }
        }
    }
    chars.into_iter().collect()
}
