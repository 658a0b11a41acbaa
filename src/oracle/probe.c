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
 *   op 2: touch: nr is 0 for loads, 1 for stores; a0 the address, a1 the
 *         length. Each page of [a0, a0 + a1) is accessed in turn (from a0,
 *         then from each page boundary) with a one-byte load or a store
 *         of a zero byte (a plain store: a read-modify-write would fault as
 *         a read first under qemu's TCG, and the scenario's pages hold
 *         nothing anyone reads); the first access that faults stops it. Reply: three words: 0 or the signal number, its
 *         si_code, its si_addr. SIGSEGV and SIGBUS are caught for this
 *         (their handler resumes after the faulting instruction); at any
 *         other time they kill the probe as before.
 *   op 3: raw syscall with an output buffer: the last word is
 *         (argidx << 32) | len (len <= OUT_MAX); argument argidx becomes
 *         the address of the probe's buffer. Reply: the raw return value,
 *         then, if it is 0, the buffer's first len bytes rounded up to 8
 *         (mincore's vector).
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
#define NR_RT_SIGACTION 13
#define NR_RT_SIGRETURN 15
#define SIGBUS 7
#define SIGSEGV 11
#define SA_SIGINFO 0x4
#define SA_RESTORER 0x04000000
/* ucontext_t: uc_flags, uc_link, uc_stack (24 bytes), then the general
 * registers, of which RIP is the 17th. */
#define UC_RIP_OFFSET (8 + 8 + 24 + 16 * 8)
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

#define OUT_MAX 65536
static u64 words[9];
static u64 outbuf[OUT_MAX / 8];
static u64 blob_hdr[2];
static u64 blobs[2][BLOB_MAX / 8];
/* The probe's own stack, so that the exec-time [stack] can be unmapped. */
unsigned char probe_stack[STACK_BYTES] __attribute__((aligned(16)));

static void die(int code)
{
	for (;;)
		sys6(NR_EXIT_GROUP, code, 0, 0, 0, 0, 0);
}

static void write_all(const void *p, u64 n);

/* Touching: where a faulting access resumes, and what the fault was. */
static u64 resume_at;
static u64 fault_info[3];
extern char touch_resume_r[], touch_resume_w[];
extern char probe_sigreturn[];

__asm__(".globl probe_sigreturn\n"
	"probe_sigreturn:\n"
	"	mov $15, %rax\n" /* NR_RT_SIGRETURN */
	"	syscall\n"
	"	hlt\n");

static void on_fault(int sig, void *info, void *uc)
{
	const int *si = info;
	if (resume_at == 0)
		die(5); /* a fault outside a touch: the probe itself is broken */
	fault_info[0] = (u64)sig;
	fault_info[1] = (u64)(i64)si[2]; /* si_code */
	fault_info[2] = *(const u64 *)((const char *)info + 16); /* si_addr */
	*(u64 *)((char *)uc + UC_RIP_OFFSET) = resume_at;
}

/* The kernel's struct sigaction for rt_sigaction. */
static u64 fault_action[4];

static void catch_faults(void)
{
	fault_action[0] = (u64)on_fault;
	fault_action[1] = SA_SIGINFO | SA_RESTORER;
	fault_action[2] = (u64)probe_sigreturn;
	fault_action[3] = 0;
	if (sys6(NR_RT_SIGACTION, SIGSEGV, (i64)fault_action, 0, 8, 0, 0) != 0 ||
	    sys6(NR_RT_SIGACTION, SIGBUS, (i64)fault_action, 0, 8, 0, 0) != 0)
		die(6);
}

/* One access at `addr`; 1 if it faulted (fault_info says how). Never
 * inlined or cloned: its labels must exist once. */
static __attribute__((noinline, noclone)) int touch_one(u64 addr, int store)
{
	fault_info[0] = 0;
	if (store) {
		resume_at = (u64)touch_resume_w;
		__asm__ volatile("movb $0, (%0)\n"
				 ".globl touch_resume_w\n"
				 "touch_resume_w:\n"
				 :
				 : "r"(addr)
				 : "memory");
	} else {
		resume_at = (u64)touch_resume_r;
		__asm__ volatile("movb (%0), %%al\n"
				 ".globl touch_resume_r\n"
				 "touch_resume_r:\n"
				 :
				 : "r"(addr)
				 : "rax", "memory");
	}
	resume_at = 0;
	return fault_info[0] != 0;
}

static void touch(u64 store, u64 addr, u64 len)
{
	/* The last byte, inclusive: a range ending at the top of the
	 * address space (the byte at 0xffffffffffffffff) is touched too. */
	u64 last = addr + (len ? len : 1) - 1;
	u64 at = addr;
	u64 reply[3] = {0, 0, 0};
	if (last < addr)
		last = ~0UL;
	for (;;) {
		if (touch_one(at, (int)store)) {
			reply[0] = fault_info[0];
			reply[1] = fault_info[1];
			reply[2] = fault_info[2];
			break;
		}
		at = (at & ~4095UL) + 4096;
		if (at == 0 || at > last)
			break;
	}
	write_all(reply, sizeof reply);
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
	catch_faults();
	write_all(&hello, sizeof hello);
	for (;;) {
		u64 i, n;
		i64 ret;
		u64 a[6];
		read_all(words, sizeof words);
		if (words[0] == 2) {
			touch(words[1], words[2], words[3]);
			continue;
		}
		if (words[0] == 3) {
			u64 idx = words[8] >> 32, len = words[8] & 0xffffffffUL;
			if (idx > 5 || len > OUT_MAX)
				die(4);
			for (i = 0; i < 6; i++)
				a[i] = words[2 + i];
			a[idx] = (u64)outbuf;
			ret = sys6((i64)words[1], a[0], a[1], a[2], a[3], a[4], a[5]);
			write_all(&ret, sizeof ret);
			if (ret == 0)
				write_all(outbuf, (len + 7) & ~7UL);
			continue;
		}
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
