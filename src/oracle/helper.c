/*
 * The host oracle's probe: a tiny static, non-PIE program with no C library.
 * mmrun execs it (after personality(ADDR_NO_RANDOMIZE), rlimits, chroot and
 * credentials) so that the address space a scenario runs in holds nothing in
 * the mmap area but [vvar]/[vvar_vclock]/[vdso]. It is linked far from every
 * address the scenarios use (see build.rs) and allocates nothing: all its
 * buffers are static (bss), so it never creates a mapping of its own.
 *
 * Protocol (native-endian 64-bit words) on fd 1020 (commands) and fd 1021
 * (replies):
 *   command: op, nr, a0..a5, nblobs, then nblobs x (argidx, len, len bytes)
 *            where len is a multiple of 8 and the blob's address replaces
 *            argument argidx.
 *   op 1: raw syscall(nr, a0..a5); reply: the raw return value (-errno on
 *         failure).
 *   op 2: reply: the text of /proc/self/maps in chunks, each a length
 *         and its bytes, ended by a zero length (streamed, so that the
 *         buffer, and the probe's own data size, stays small).
 *   op 3: exit.
 */
typedef unsigned long u64;
typedef long i64;

#define CMD_FD 1020
#define REPLY_FD 1021
#define NR_READ 0
#define NR_WRITE 1
#define NR_OPEN 2
#define NR_CLOSE 3
#define NR_EXIT_GROUP 231
#define BLOB_MAX 8192
#define MAPS_CHUNK (64UL << 10)

static inline i64 sys6(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f)
{
	register i64 r10 __asm__("r10") = d;
	register i64 r8 __asm__("r8") = e;
	register i64 r9 __asm__("r9") = f;
	i64 ret;
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}

static u64 words[9];
static u64 blob_hdr[2];
static u64 blobs[2][BLOB_MAX / 8];
static char maps[MAPS_CHUNK];

static void die(int code)
{
	for (;;)
		sys6(NR_EXIT_GROUP, code, 0, 0, 0, 0, 0);
}

static void read_all(void *p, u64 n)
{
	char *c = p;
	while (n > 0) {
		i64 r = sys6(NR_READ, CMD_FD, (i64)c, (i64)n, 0, 0, 0);
		if (r == -4)
			continue;
		if (r <= 0)
			die(0); /* the parent went away */
		c += r;
		n -= (u64)r;
	}
}

static void write_all(const void *p, u64 n)
{
	const char *c = p;
	while (n > 0) {
		i64 r = sys6(NR_WRITE, REPLY_FD, (i64)c, (i64)n, 0, 0, 0);
		if (r == -4)
			continue;
		if (r <= 0)
			die(3);
		c += r;
		n -= (u64)r;
	}
}

static void send_maps(void)
{
	u64 len;
	i64 fd = sys6(NR_OPEN, (i64) "/proc/self/maps", 0 /* O_RDONLY */, 0, 0, 0, 0);
	if (fd >= 0) {
		for (;;) {
			i64 r = sys6(NR_READ, fd, (i64)maps, (i64)MAPS_CHUNK, 0, 0, 0);
			if (r == -4)
				continue;
			if (r <= 0)
				break;
			len = (u64)r;
			write_all(&len, sizeof len);
			write_all(maps, len);
		}
		sys6(NR_CLOSE, fd, 0, 0, 0, 0, 0);
	}
	len = 0;
	write_all(&len, sizeof len);
}

void helper_main(void)
{
	for (;;) {
		u64 i, n;
		read_all(words, sizeof words);
		switch (words[0]) {
		case 1: {
			i64 ret;
			u64 a[6];
			for (i = 0; i < 6; i++)
				a[i] = words[2 + i];
			n = words[8];
			if (n > 2)
				die(4);
			for (i = 0; i < n; i++) {
				read_all(blob_hdr, sizeof blob_hdr);
				if (blob_hdr[0] > 5 || blob_hdr[1] > BLOB_MAX || blob_hdr[1] % 8)
					die(4);
				read_all(blobs[i], blob_hdr[1]);
				a[blob_hdr[0]] = (u64)blobs[i];
			}
			ret = sys6((i64)words[1], a[0], a[1], a[2], a[3], a[4], a[5]);
			write_all(&ret, sizeof ret);
			break;
		}
		case 2:
			send_maps();
			break;
		default:
			die(0);
		}
	}
}

__asm__(".globl _start\n"
	"_start:\n"
	"	xor %rbp, %rbp\n"
	"	and $-16, %rsp\n"
	"	call helper_main\n"
	"	hlt\n");
