/*
 * The host oracle's probe: a tiny static, non-PIE program with no C library.
 * mmrun execs it (from a sealed memfd) inside the oracle's namespaces, after
 * personality(ADDR_NO_RANDOMIZE), rlimits and credentials. It is linked at
 * 0x7ffffe000000, above every mmap_base (where a real process has its
 * stack), and runs on a stack in its own bss: mmrun then unmaps [vvar],
 * [vvar_vclock], [vdso] and the initial [stack], so that the address space
 * a scenario meets holds nothing but the probe's image (which the oracle
 * keeps every call away from).
 * It allocates nothing and never maps anything itself.
 *
 * Protocol (native-endian 64-bit words) on fd 1020 (commands) and fd 1021
 * (replies). At start the probe writes one word, PROBE_HELLO.
 *   command: op, nr, a0..a5, nblobs, then nblobs x (argidx, len, len bytes)
 *            where len is a multiple of 8 and the blob's address replaces
 *            argument argidx.
 *   op 1: raw syscall(nr, a0..a5); reply: the raw return value (-errno on
 *         failure).
 *   anything else: exit.
 * mmrun reads the probe's maps and status from outside, in /proc.
 */
typedef unsigned long u64;
typedef long i64;

#define CMD_FD 1020
#define REPLY_FD 1021
#define NR_READ 0
#define NR_WRITE 1
#define NR_EXIT_GROUP 231
/* A path longer than PATH_MAX (4096) is ENAMETOOLONG however long: mmrun
 * sends at most this much of one. */
#define BLOB_MAX 4160
#define STACK_BYTES (8UL << 10)
#define PROBE_HELLO 0x6d6d72756e2d6f6bUL /* "mmrun-ok" */

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
/* The probe's own stack, so that the exec-time [stack] can be unmapped. */
unsigned char probe_stack[STACK_BYTES] __attribute__((aligned(16)));

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

void probe_main(void)
{
	u64 hello = PROBE_HELLO;
	write_all(&hello, sizeof hello);
	for (;;) {
		u64 i, n;
		i64 ret;
		u64 a[6];
		read_all(words, sizeof words);
		if (words[0] != 1)
			die(0);
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
	}
}

__asm__(".globl _start\n"
	"_start:\n"
	"	xor %rbp, %rbp\n"
	"	movabs $probe_stack, %rsp\n"
	"	add $8192, %rsp\n" /* STACK_BYTES */
	"	call probe_main\n"
	"	hlt\n");
