//! The per-process VMA index: an arena-based augmented treap.
//!
//! This plays the role of the kernel's `mm_rb` rbtree (augmented with
//! `rb_subtree_gap`) together with the `vm_prev`/`vm_next` list. Nodes hold
//! non-overlapping, non-empty `[start, end)` ranges in address order, plus a
//! generic payload.
//!
//! # Gap index
//!
//! Every node stores the gap that precedes it:
//! `gap = vm_start_gap(node) - vm_end_gap(previous node)`, saturating at 0,
//! where `vm_start_gap = start - guard` (clamped at 0) and the "previous end"
//! of the first node is 0. Every node also stores the maximum `gap` of its
//! subtree. With that, the kernel's free-area searches
//! ([`VmaTree::unmapped_area`], [`VmaTree::unmapped_area_topdown`]) run in
//! O(depth) and return exactly what the list-form algorithm of spec §3.5
//! returns.
//!
//! Caveat: the kernel's own rbtree walk only matches that list form while
//! `vm_start_gap` is increasing along the list. When some VMA lies inside
//! another (`VM_GROWSDOWN`) VMA's guard gap, the kernel prunes subtrees (and,
//! top-down, returns ENOMEM) using the `vm_start_gap` of whichever nodes the
//! walk happens to visit, so its answer depends on the rbtree's shape. This
//! module follows the spec's list form in those cases too.
//!
//! # Layout
//!
//! Tree nodes live in one `Vec` of 64-byte, cache-line-aligned records (so a
//! search touches one cache line per visited node); payloads live in a
//! parallel `Vec<Option<T>>`. Links are `u32` indices with `NIL` for "none".
//! Removed slots go on a free list and are reused. Priorities come from a
//! xorshift generator with a fixed seed, so the shape of the tree (and
//! therefore everything) is deterministic. All algorithms are iterative.

use std::fmt;

/// Index of a node. Stable while the node lives; ids of removed nodes may be
/// reused by later insertions.
pub type NodeId = u32;

const NIL: u32 = u32::MAX;
const SEED: u32 = 0x9e37_79b9;

/// One tree node (without its payload). Exactly one cache line.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(64))]
struct Node {
    start: u64,
    end: u64,
    /// Bytes the start gap extends below `start` (stack guard gap).
    guard: u64,
    /// `vm_start_gap(self) - end(prev)` (prev end = 0 for the first node),
    /// saturating at 0.
    gap: u64,
    /// Maximum of `gap` over this node's subtree.
    max_gap: u64,
    parent: u32,
    left: u32,
    right: u32,
    prev: u32,
    /// For free slots: the next free slot.
    next: u32,
    /// Max-heap priority.
    prio: u32,
}

const _: () = assert!(std::mem::size_of::<Node>() == 64);

impl Node {
    #[inline]
    fn start_gap(&self) -> u64 {
        self.start.saturating_sub(self.guard)
    }
}

/// The VMA tree. See the module documentation.
#[derive(Clone)]
pub struct VmaTree<T> {
    nodes: Vec<Node>,
    data: Vec<Option<T>>,
    root: u32,
    first: u32,
    last: u32,
    /// Head of the free-slot list (linked through `Node::next`).
    free: u32,
    len: usize,
    rng: u32,
}

impl<T> Default for VmaTree<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for VmaTree<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        for id in self.iter() {
            let n = self.node(id);
            l.entry(&format_args!(
                "#{id} {:#x}-{:#x} guard {:#x}: {:?}",
                n.start,
                n.end,
                n.guard,
                self.data(id)
            ));
        }
        l.finish()
    }
}

impl<T> VmaTree<T> {
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    pub fn with_capacity(n: usize) -> Self {
        VmaTree {
            nodes: Vec::with_capacity(n),
            data: Vec::with_capacity(n),
            root: NIL,
            first: NIL,
            last: NIL,
            free: NIL,
            len: 0,
            rng: SEED,
        }
    }

    /// Heap bytes held by the set (node arena and payloads, spare capacity included).
    pub fn heap_bytes(&self) -> usize {
        self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.data.capacity() * std::mem::size_of::<Option<T>>()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    // ----- small helpers -------------------------------------------------

    #[inline]
    fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    #[inline]
    fn node_mut(&mut self, id: u32) -> &mut Node {
        &mut self.nodes[id as usize]
    }

    #[inline]
    fn max_of(&self, id: u32) -> u64 {
        if id == NIL { 0 } else { self.node(id).max_gap }
    }

    /// `vm_end_gap` of the node before `id`, or 0 if `id` is first.
    #[inline]
    fn prev_end(&self, id: u32) -> u64 {
        let p = self.node(id).prev;
        if p == NIL { 0 } else { self.node(p).end }
    }

    #[inline]
    fn recompute_max(&self, id: u32) -> u64 {
        let n = self.node(id);
        n.gap.max(self.max_of(n.left)).max(self.max_of(n.right))
    }

    /// Recompute `max_gap` from `x` upwards, stopping as soon as a node's
    /// value does not change (its ancestors were computed from that value).
    fn fix_up(&mut self, mut x: u32) {
        while x != NIL {
            let m = self.recompute_max(x);
            let n = self.node_mut(x);
            if n.max_gap == m {
                break;
            }
            n.max_gap = m;
            x = n.parent;
        }
    }

    /// Like `fix_up`, but no early exit before `target` (an ancestor of `x`,
    /// or NIL) has been recomputed: one walk serves two changed nodes.
    fn fix_up_past(&mut self, mut x: u32, target: u32) {
        let mut passed = target == NIL;
        while x != NIL {
            let m = self.recompute_max(x);
            let n = self.node_mut(x);
            if n.max_gap == m && passed {
                break;
            }
            n.max_gap = m;
            passed |= x == target;
            x = n.parent;
        }
    }

    /// Recompute the stored gap of `x` (after its bounds, its guard or its
    /// predecessor changed) and propagate.
    fn refresh_gap(&mut self, x: u32) {
        let g = self.node(x).start_gap().saturating_sub(self.prev_end(x));
        self.node_mut(x).gap = g;
        self.fix_up(x);
    }

    fn next_prio(&mut self) -> u32 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.rng = x;
        x
    }

    #[inline]
    fn assert_live(&self, id: NodeId) {
        assert!(
            self.data.get(id as usize).is_some_and(Option::is_some),
            "VmaTree: stale or invalid NodeId {id}"
        );
    }

    /// In `parent` (or the root slot), replace child `old` by `new`.
    #[inline]
    fn replace_child(&mut self, parent: u32, old: u32, new: u32) {
        if parent == NIL {
            self.root = new;
        } else {
            let p = self.node_mut(parent);
            if p.left == old {
                p.left = new;
            } else {
                debug_assert_eq!(p.right, old);
                p.right = new;
            }
        }
    }

    /// Rotate `x` above its parent. Keeps subtree maxima exact: `x` takes the
    /// parent's old maximum (same node set), the parent is recomputed.
    fn rotate_up(&mut self, x: u32) {
        let p = self.node(x).parent;
        let g = self.node(p).parent;
        if self.node(p).left == x {
            let b = self.node(x).right;
            self.node_mut(p).left = b;
            if b != NIL {
                self.node_mut(b).parent = p;
            }
            self.node_mut(x).right = p;
        } else {
            let b = self.node(x).left;
            self.node_mut(p).right = b;
            if b != NIL {
                self.node_mut(b).parent = p;
            }
            self.node_mut(x).left = p;
        }
        self.node_mut(p).parent = x;
        self.node_mut(x).parent = g;
        self.replace_child(g, p, x);
        let old = self.node(p).max_gap;
        self.node_mut(x).max_gap = old;
        let m = self.recompute_max(p);
        self.node_mut(p).max_gap = m;
    }

    // ----- modification --------------------------------------------------

    /// Insert `[start, end)`. The caller guarantees `start < end` and no
    /// overlap with existing nodes. `guard` is how far the area's start gap
    /// extends below `start` (the kernel's `vm_start_gap`): the stack guard
    /// gap for `VM_GROWSDOWN` areas, else 0.
    pub fn insert(&mut self, start: u64, end: u64, guard: u64, data: T) -> NodeId {
        let prev = self.find_prev(start);
        self.insert_after(prev, start, end, guard, data)
    }

    /// Insert `[start, end)` right after `prev` (`None`: as the new first
    /// node) without searching. Expected O(1) rotations plus O(depth) gap
    /// propagation.
    pub fn insert_after(
        &mut self,
        prev: Option<NodeId>,
        start: u64,
        end: u64,
        guard: u64,
        data: T,
    ) -> NodeId {
        assert!(start < end, "VmaTree: empty or inverted range");
        let p = match prev {
            Some(p) => {
                self.assert_live(p);
                p
            }
            None => NIL,
        };
        let next = if p == NIL {
            self.first
        } else {
            self.node(p).next
        };
        debug_assert!(p == NIL || self.node(p).end <= start, "overlaps prev");
        debug_assert!(next == NIL || end <= self.node(next).start, "overlaps next");
        assert!(
            self.len < NIL as usize,
            "VmaTree: too many nodes for u32 ids"
        );

        // Tree position: right child of prev if free, else left child of
        // prev's successor (which then is the leftmost node of prev's right
        // subtree, so its left slot is free).
        let (parent, as_right) = if self.root == NIL {
            (NIL, false)
        } else if p != NIL && self.node(p).right == NIL {
            (p, true)
        } else {
            debug_assert!(next != NIL && self.node(next).left == NIL);
            (next, false)
        };

        let prio = self.next_prio();
        let prev_end = if p == NIL { 0 } else { self.node(p).end };
        let gap = start.saturating_sub(guard).saturating_sub(prev_end);
        let node = Node {
            start,
            end,
            guard,
            gap,
            max_gap: gap,
            parent,
            left: NIL,
            right: NIL,
            prev: p,
            next,
            prio,
        };
        let id = if self.free != NIL {
            let id = self.free;
            self.free = self.node(id).next;
            self.nodes[id as usize] = node;
            self.data[id as usize] = Some(data);
            id
        } else {
            let id = self.nodes.len() as u32;
            self.nodes.push(node);
            self.data.push(Some(data));
            id
        };
        self.len += 1;

        // List links.
        if p == NIL {
            self.first = id;
        } else {
            self.node_mut(p).next = id;
        }
        if next == NIL {
            self.last = id;
        } else {
            self.node_mut(next).prev = id;
        }

        // Tree link and gap index. `next`'s gap now starts at the new end; it
        // is `parent` itself or an ancestor of it (prev has no right child),
        // so one walk up from `parent` refreshes both.
        if next != NIL {
            let g = self.node(next).start_gap().saturating_sub(end);
            self.node_mut(next).gap = g;
        }
        if parent == NIL {
            self.root = id;
        } else {
            if as_right {
                self.node_mut(parent).right = id;
            } else {
                self.node_mut(parent).left = id;
            }
            self.fix_up_past(parent, next);
        }

        // Restore heap order.
        loop {
            let par = self.node(id).parent;
            if par == NIL || self.node(par).prio >= prio {
                break;
            }
            self.rotate_up(id);
        }
        id
    }

    /// Remove a node and return its payload. Its successor's gap grows.
    pub fn remove(&mut self, id: NodeId) -> T {
        self.assert_live(id);
        // Rotate down until it has at most one child.
        loop {
            let n = self.node(id);
            let (l, r) = (n.left, n.right);
            if l == NIL || r == NIL {
                break;
            }
            let c = if self.node(l).prio > self.node(r).prio {
                l
            } else {
                r
            };
            self.rotate_up(c);
        }
        let n = *self.node(id);
        let child = if n.left != NIL { n.left } else { n.right };
        if child != NIL {
            self.node_mut(child).parent = n.parent;
        }
        self.replace_child(n.parent, id, child);

        // List links; the successor's gap now starts at prev's end.
        if n.prev == NIL {
            self.first = n.next;
        } else {
            self.node_mut(n.prev).next = n.next;
        }
        if n.next == NIL {
            self.last = n.prev;
            self.fix_up(n.parent);
        } else {
            self.node_mut(n.next).prev = n.prev;
            let prev_end = if n.prev == NIL {
                0
            } else {
                self.node(n.prev).end
            };
            let g = self.node(n.next).start_gap().saturating_sub(prev_end);
            self.node_mut(n.next).gap = g;
            // The successor is in the spliced-in right subtree (below
            // n.parent) or an ancestor of n.parent: one walk covers both.
            if n.right != NIL && n.right == child {
                self.fix_up_past(n.next, n.parent);
            } else {
                self.fix_up_past(n.parent, n.next);
            }
        }

        // Free the slot.
        let free = self.free;
        let slot = self.node_mut(id);
        slot.parent = NIL;
        slot.left = NIL;
        slot.right = NIL;
        slot.prev = NIL;
        slot.next = free;
        self.free = id;
        self.len -= 1;
        self.data[id as usize].take().expect("live node has data")
    }

    /// Change a node's bounds. The caller keeps address order and
    /// non-overlap. Fixes the node's own gap and its successor's.
    pub fn set_range(&mut self, id: NodeId, start: u64, end: u64) {
        self.assert_live(id);
        assert!(start < end, "VmaTree: empty or inverted range");
        debug_assert!(self.prev_end(id) <= start, "set_range overlaps prev");
        debug_assert!({
            let nx = self.node(id).next;
            nx == NIL || end <= self.node(nx).start
        });
        let n = self.node_mut(id);
        let start_changed = n.start != start;
        let end_changed = n.end != end;
        n.start = start;
        n.end = end;
        let next = n.next;
        if start_changed {
            self.refresh_gap(id);
        }
        if end_changed && next != NIL {
            self.refresh_gap(next);
        }
    }

    /// Change a node's guard gap (e.g. when `VM_GROWSDOWN` changes).
    pub fn set_guard(&mut self, id: NodeId, guard: u64) {
        self.assert_live(id);
        self.node_mut(id).guard = guard;
        self.refresh_gap(id);
    }

    // ----- accessors -----------------------------------------------------

    pub fn start(&self, id: NodeId) -> u64 {
        self.node(id).start
    }

    pub fn end(&self, id: NodeId) -> u64 {
        self.node(id).end
    }

    pub fn guard(&self, id: NodeId) -> u64 {
        self.node(id).guard
    }

    pub fn data(&self, id: NodeId) -> &T {
        self.data[id as usize]
            .as_ref()
            .expect("VmaTree: stale NodeId")
    }

    pub fn data_mut(&mut self, id: NodeId) -> &mut T {
        self.data[id as usize]
            .as_mut()
            .expect("VmaTree: stale NodeId")
    }

    pub fn first(&self) -> Option<NodeId> {
        some(self.first)
    }

    pub fn last(&self) -> Option<NodeId> {
        some(self.last)
    }

    pub fn next(&self, id: NodeId) -> Option<NodeId> {
        some(self.node(id).next)
    }

    pub fn prev(&self, id: NodeId) -> Option<NodeId> {
        some(self.node(id).prev)
    }

    /// Nodes in address order.
    pub fn iter(&self) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.first(), |&id| self.next(id))
    }

    /// End of the last node, or 0 when empty (the kernel's `highest_vm_end`).
    pub fn highest_vm_end(&self) -> u64 {
        if self.last == NIL {
            0
        } else {
            self.node(self.last).end
        }
    }

    // ----- lookups -------------------------------------------------------

    /// The kernel's `find_vma`: the first node with `end > addr`.
    pub fn find_vma(&self, addr: u64) -> Option<NodeId> {
        let mut best = NIL;
        let mut x = self.root;
        while x != NIL {
            let n = self.node(x);
            if n.end > addr {
                best = x;
                if n.start <= addr {
                    break;
                }
                x = n.left;
            } else {
                x = n.right;
            }
        }
        some(best)
    }

    /// The last node with `end <= addr` (the kernel's `prev` for a range
    /// starting at `addr`).
    pub fn find_prev(&self, addr: u64) -> Option<NodeId> {
        // The predecessor of find_vma's answer; reusing that descent lets it
        // stop early when `addr` lies inside a node.
        match self.find_vma(addr) {
            Some(v) => some(self.node(v).prev),
            None => some(self.last),
        }
    }

    /// First node with `start >= addr`, or NIL.
    fn lower_bound_start(&self, addr: u64) -> u32 {
        let mut best = NIL;
        let mut x = self.root;
        while x != NIL {
            let n = self.node(x);
            if n.start >= addr {
                best = x;
                x = n.left;
            } else {
                x = n.right;
            }
        }
        best
    }

    // ----- gap searches --------------------------------------------------

    /// Leftmost node of subtree `x` with `gap >= thr`; the subtree's
    /// `max_gap` must be `>= thr`.
    fn leftmost_with_gap(&self, mut x: u32, thr: u64) -> u32 {
        loop {
            let n = self.node(x);
            if n.left != NIL && self.node(n.left).max_gap >= thr {
                x = n.left;
            } else if n.gap >= thr {
                return x;
            } else {
                debug_assert!(self.max_of(n.right) >= thr);
                x = n.right;
            }
        }
    }

    /// Rightmost node of subtree `x` with `gap >= thr`; the subtree's
    /// `max_gap` must be `>= thr`.
    fn rightmost_with_gap(&self, mut x: u32, thr: u64) -> u32 {
        loop {
            let n = self.node(x);
            if n.right != NIL && self.node(n.right).max_gap >= thr {
                x = n.right;
            } else if n.gap >= thr {
                return x;
            } else {
                debug_assert!(self.max_of(n.left) >= thr);
                x = n.left;
            }
        }
    }

    /// First node strictly after `x` in address order with `gap >= thr`.
    fn succ_with_gap(&self, mut x: u32, thr: u64) -> u32 {
        let r = self.node(x).right;
        if r != NIL && self.node(r).max_gap >= thr {
            return self.leftmost_with_gap(r, thr);
        }
        loop {
            let p = self.node(x).parent;
            if p == NIL {
                return NIL;
            }
            let pn = self.node(p);
            if pn.left == x {
                if pn.gap >= thr {
                    return p;
                }
                if pn.right != NIL && self.node(pn.right).max_gap >= thr {
                    return self.leftmost_with_gap(pn.right, thr);
                }
            }
            x = p;
        }
    }

    /// Last node at or before `x` in address order with `gap >= thr`.
    fn pred_with_gap_incl(&self, mut x: u32, thr: u64) -> u32 {
        let n = self.node(x);
        if n.gap >= thr {
            return x;
        }
        if n.left != NIL && self.node(n.left).max_gap >= thr {
            return self.rightmost_with_gap(n.left, thr);
        }
        loop {
            let p = self.node(x).parent;
            if p == NIL {
                return NIL;
            }
            let pn = self.node(p);
            if pn.right == x {
                if pn.gap >= thr {
                    return p;
                }
                if pn.left != NIL && self.node(pn.left).max_gap >= thr {
                    return self.rightmost_with_gap(pn.left, thr);
                }
            }
            x = p;
        }
    }

    /// The kernel's bottom-up `unmapped_area` (`vm_unmapped_area_info`
    /// semantics). Returns the start of the area, or `None` for ENOMEM.
    ///
    /// Equivalent to the list algorithm of spec §3.5: the answer comes from
    /// the lowest gap that is positive, at least `L = length + align_mask`
    /// long and ends at or above `low_limit + L`, provided it starts at or
    /// below `high_limit - L`; else from the top gap.
    pub fn unmapped_area(
        &self,
        length: u64,
        low_limit: u64,
        high_limit: u64,
        align_mask: u64,
        align_offset: u64,
    ) -> Option<u64> {
        self.unmapped_area_at(length, low_limit, high_limit, align_mask, align_offset)
            .map(|(a, _)| a)
    }

    /// [`Self::unmapped_area`], also returning the node right above the
    /// chosen gap (`find_vma` of the answer; None for the top gap), so the
    /// caller need not look it up again.
    pub fn unmapped_area_at(
        &self,
        length: u64,
        low_limit: u64,
        high_limit: u64,
        align_mask: u64,
        align_offset: u64,
    ) -> Option<(u64, Option<NodeId>)> {
        let len = length.checked_add(align_mask)?;
        let hl = high_limit.checked_sub(len)?;
        if low_limit > hl {
            return None;
        }
        let ll = low_limit + len;
        // A usable gap is strictly positive.
        let thr = len.max(1);

        let mut gap_start = None;
        let mut above = None;
        if self.root != NIL && self.node(self.root).max_gap >= thr {
            // Nodes starting below `ll` have vm_start_gap < ll. Among those
            // starting at or above it, only the first (v0) can have a
            // positive gap that still ends below `ll`: any later node with a
            // positive gap has vm_start_gap > end(v0) > ll.
            let v0 = self.lower_bound_start(ll);
            if v0 != NIL {
                let n = self.node(v0);
                let c = if n.gap >= thr && n.start_gap() >= ll {
                    v0
                } else {
                    self.succ_with_gap(v0, thr)
                };
                if c != NIL {
                    // gap_start is increasing along the list, so an earlier
                    // big-enough gap starting above hl implies this one does.
                    gap_start = Some(self.prev_end(c));
                    above = Some(c);
                }
            }
        }
        let gap_start = gap_start.unwrap_or_else(|| self.highest_vm_end());
        if gap_start > hl {
            return None;
        }
        let gap_start = gap_start.max(low_limit);
        Some((
            gap_start.wrapping_add(align_offset.wrapping_sub(gap_start) & align_mask),
            above,
        ))
    }

    /// The kernel's `unmapped_area_topdown`, same parameters. Returns the
    /// start of the area, or `None` for ENOMEM.
    ///
    /// Equivalent to the list algorithm of spec §3.5: the top gap first
    /// (`highest_vm_end <= high_limit - L`), else the highest gap that is
    /// positive, at least `L` long and starts at or below `high_limit - L`,
    /// provided it ends at or above `low_limit + L`.
    pub fn unmapped_area_topdown(
        &self,
        length: u64,
        low_limit: u64,
        high_limit: u64,
        align_mask: u64,
        align_offset: u64,
    ) -> Option<u64> {
        self.unmapped_area_topdown_at(length, low_limit, high_limit, align_mask, align_offset)
            .map(|(a, _)| a)
    }

    /// [`Self::unmapped_area_topdown`], also returning the node right above
    /// the chosen gap (None for the top gap).
    pub fn unmapped_area_topdown_at(
        &self,
        length: u64,
        low_limit: u64,
        high_limit: u64,
        align_mask: u64,
        align_offset: u64,
    ) -> Option<(u64, Option<NodeId>)> {
        let len = length.checked_add(align_mask)?;
        let hl = high_limit.checked_sub(len)?;
        if low_limit > hl {
            return None;
        }
        let ll = low_limit + len;

        let mut above = None;
        let gap_end = if self.highest_vm_end() <= hl {
            high_limit
        } else {
            let thr = len.max(1);
            if self.node(self.root).max_gap < thr {
                return None;
            }
            // Nodes whose previous node ends at or below hl: a prefix of the
            // order, ending at the first node with end > hl (exists, since
            // highest_vm_end > hl).
            let u = self.find_vma(hl).expect("highest_vm_end > hl");
            let g = self.pred_with_gap_incl(u, thr);
            if g == NIL {
                return None;
            }
            // vm_start_gap is increasing among positive-gap nodes, so a
            // higher big-enough gap ending below ll implies this one does.
            let ge = self.node(g).start_gap();
            if ge < ll {
                return None;
            }
            above = Some(g);
            ge.min(high_limit)
        };
        let gap_end = gap_end - length;
        Some((
            gap_end - (gap_end.wrapping_sub(align_offset) & align_mask),
            above,
        ))
    }

    // ----- verification --------------------------------------------------

    /// Recompute everything from scratch and compare with the stored
    /// structure. Returns a description of the first mismatch found.
    pub fn check_invariants(&self) -> Result<(), String> {
        let cap = self.nodes.len();
        if self.data.len() != cap {
            return Err(format!("data len {} != nodes len {cap}", self.data.len()));
        }
        let live = self.data.iter().filter(|d| d.is_some()).count();
        if live != self.len {
            return Err(format!("len {} but {live} live slots", self.len));
        }
        // Free list: only free slots, each once, all of them.
        let mut seen = vec![false; cap];
        let mut f = self.free;
        let mut nfree = 0usize;
        while f != NIL {
            let i = f as usize;
            if i >= cap || self.data[i].is_some() || seen[i] {
                return Err(format!("bad free list entry {f}"));
            }
            seen[i] = true;
            nfree += 1;
            f = self.nodes[i].next;
        }
        if nfree + self.len != cap {
            return Err(format!(
                "free list has {nfree} slots, {} live, {cap} total",
                self.len
            ));
        }
        let check_id = |id: u32, what: &str| -> Result<(), String> {
            if id != NIL && (id as usize >= cap || self.data[id as usize].is_none()) {
                Err(format!("{what} {id} is not a live node"))
            } else {
                Ok(())
            }
        };
        check_id(self.root, "root")?;
        check_id(self.first, "first")?;
        check_id(self.last, "last")?;
        if self.root != NIL && self.node(self.root).parent != NIL {
            return Err("root has a parent".into());
        }

        // In-order walk with an explicit stack; checks parent links and heap
        // order on the way.
        let mut order: Vec<u32> = Vec::with_capacity(self.len);
        let mut stack: Vec<u32> = Vec::new();
        let mut x = self.root;
        loop {
            while x != NIL {
                if stack.len() > self.len {
                    return Err("cycle in tree links".into());
                }
                let n = self.node(x);
                for (c, side) in [(n.left, "left"), (n.right, "right")] {
                    check_id(c, side)?;
                    if c != NIL {
                        if self.node(c).parent != x {
                            return Err(format!("{side} child {c} of {x} has wrong parent"));
                        }
                        if self.node(c).prio > n.prio {
                            return Err(format!("heap order broken at {x} -> {c}"));
                        }
                    }
                }
                stack.push(x);
                x = n.left;
            }
            let Some(top) = stack.pop() else { break };
            order.push(top);
            if order.len() > self.len {
                return Err("more nodes in tree than len".into());
            }
            x = self.node(top).right;
        }
        if order.len() != self.len {
            return Err(format!(
                "tree holds {} nodes, len is {}",
                order.len(),
                self.len
            ));
        }

        // Order, ranges, list links, gaps.
        let mut prev = NIL;
        let mut prev_end = 0u64;
        for &id in &order {
            let n = self.node(id);
            if n.start >= n.end {
                return Err(format!("node {id} empty: {:#x}-{:#x}", n.start, n.end));
            }
            if prev != NIL && prev_end > n.start {
                return Err(format!("node {id} at {:#x} overlaps/unsorted", n.start));
            }
            if n.prev != prev {
                return Err(format!("node {id}: prev link {} != {prev}", n.prev));
            }
            if prev == NIL {
                if self.first != id {
                    return Err("first is not the in-order first".into());
                }
            } else if self.node(prev).next != id {
                return Err(format!("node {prev}: next link wrong"));
            }
            let gap = n.start.saturating_sub(n.guard).saturating_sub(prev_end);
            if n.gap != gap {
                return Err(format!("node {id}: stored gap {:#x} != {gap:#x}", n.gap));
            }
            prev = id;
            prev_end = n.end;
        }
        if self.last != prev {
            return Err("last is not the in-order last".into());
        }
        if prev != NIL && self.node(prev).next != NIL {
            return Err("last node has a next link".into());
        }

        // Subtree maxima: children come after parents in `order_pre`, so a
        // reverse sweep sees children first.
        let mut pre: Vec<u32> = Vec::with_capacity(self.len);
        if self.root != NIL {
            pre.push(self.root);
        }
        let mut i = 0;
        while i < pre.len() {
            let n = self.node(pre[i]);
            for c in [n.left, n.right] {
                if c != NIL {
                    pre.push(c);
                }
            }
            i += 1;
        }
        let mut maxes = vec![0u64; cap];
        for &id in pre.iter().rev() {
            let n = self.node(id);
            let sub = |c: u32| if c == NIL { 0 } else { maxes[c as usize] };
            let m = n.gap.max(sub(n.left)).max(sub(n.right));
            if n.max_gap != m {
                return Err(format!(
                    "node {id}: stored max_gap {:#x} != {m:#x}",
                    n.max_gap
                ));
            }
            maxes[id as usize] = m;
        }
        Ok(())
    }
}

#[inline]
fn some(id: u32) -> Option<NodeId> {
    if id == NIL { None } else { Some(id) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: u64 = 4096;
    const MMAP_BASE: u64 = 0x7fff_f7ff_f000;
    const TASK_SIZE: u64 = 0x7fff_ffff_f000;
    const UNMAPPED_BASE: u64 = 0x2aaa_aaaa_b000;
    const GUARD: u64 = 0x10_0000;

    fn ranges<T>(t: &VmaTree<T>) -> Vec<(u64, u64)> {
        t.iter().map(|id| (t.start(id), t.end(id))).collect()
    }

    fn ok<T>(t: &VmaTree<T>) {
        t.check_invariants().unwrap();
    }

    #[test]
    fn node_is_one_cache_line() {
        assert_eq!(std::mem::size_of::<Node>(), 64);
        assert_eq!(std::mem::align_of::<Node>(), 64);
    }

    #[test]
    fn empty_tree() {
        let t: VmaTree<()> = VmaTree::new();
        ok(&t);
        assert!(t.is_empty());
        assert_eq!(t.len(), 0);
        assert_eq!(t.first(), None);
        assert_eq!(t.last(), None);
        assert_eq!(t.find_vma(0), None);
        assert_eq!(t.find_prev(u64::MAX), None);
        assert_eq!(t.highest_vm_end(), 0);
        assert_eq!(t.iter().count(), 0);
        // §3.7: first anonymous mmap, top-down, no ASLR.
        assert_eq!(
            t.unmapped_area_topdown(PAGE, PAGE, MMAP_BASE, 0, 0),
            Some(0x7fff_f7ff_e000)
        );
        // §3.7: legacy layout.
        assert_eq!(
            t.unmapped_area(PAGE, UNMAPPED_BASE, TASK_SIZE, 0, 0),
            Some(UNMAPPED_BASE)
        );
        // §3.7: MAP_32BIT window.
        assert_eq!(
            t.unmapped_area(PAGE, 0x4000_0000, 0x8000_0000, 0, 0),
            Some(0x4000_0000)
        );
    }

    #[test]
    fn hugetlb_alignment_examples() {
        let t: VmaTree<()> = VmaTree::new();
        // §3.7: 2 MiB MAP_HUGETLB, top-down.
        assert_eq!(
            t.unmapped_area_topdown(0x20_0000, PAGE, MMAP_BASE, 0x1f_f000, 0),
            Some(0x7fff_f7c0_0000)
        );
        // Bottom-up rounds up from the legacy base.
        assert_eq!(
            t.unmapped_area(0x20_0000, UNMAPPED_BASE, TASK_SIZE, 0x1f_f000, 0),
            Some(0x2aaa_aac0_0000)
        );
        // A non-zero offset shifts the alignment.
        assert_eq!(
            t.unmapped_area_topdown(0x20_0000, PAGE, MMAP_BASE, 0x1f_f000, 0x1000),
            Some(0x7fff_f7c0_1000)
        );
        assert_eq!(
            t.unmapped_area(0x20_0000, UNMAPPED_BASE, TASK_SIZE, 0x1f_f000, 0x1000),
            Some(0x2aaa_aaa0_0000 + 0x20_1000)
        );
        // length + align_mask overflowing is ENOMEM.
        assert_eq!(t.unmapped_area(PAGE, 0, u64::MAX, u64::MAX, 0), None);
        assert_eq!(
            t.unmapped_area_topdown(PAGE, 0, u64::MAX, u64::MAX, 0),
            None
        );
    }

    #[test]
    fn limit_errors() {
        let t: VmaTree<()> = VmaTree::new();
        // high < L
        assert_eq!(t.unmapped_area(0x2000, 0, 0x1000, 0, 0), None);
        assert_eq!(t.unmapped_area_topdown(0x2000, 0, 0x1000, 0, 0), None);
        // low > high - L
        assert_eq!(t.unmapped_area(0x2000, 0x1000, 0x2fff, 0, 0), None);
        assert_eq!(t.unmapped_area_topdown(0x2000, 0x1000, 0x2fff, 0, 0), None);
        // exactly fits
        assert_eq!(t.unmapped_area(0x2000, 0x1000, 0x3000, 0, 0), Some(0x1000));
        assert_eq!(
            t.unmapped_area_topdown(0x2000, 0x1000, 0x3000, 0, 0),
            Some(0x1000)
        );
    }

    #[test]
    fn topdown_stacks_down_and_reuses_holes() {
        let mut t = VmaTree::new();
        // The stack, above mmap_base, with its guard gap.
        t.insert(0x7fff_fffd_e000, TASK_SIZE, GUARD, "stack");
        let mut ids = Vec::new();
        for i in 0..5u64 {
            let a = t
                .unmapped_area_topdown(PAGE, PAGE, MMAP_BASE, 0, 0)
                .unwrap();
            assert_eq!(a, MMAP_BASE - (i + 1) * PAGE);
            let prev = t.find_prev(a);
            ids.push(t.insert_after(prev, a, a + PAGE, 0, "anon"));
            ok(&t);
        }
        // Free the third one: the hole is the highest fitting gap.
        let r = t.remove(ids[2]);
        assert_eq!(r, "anon");
        ok(&t);
        assert_eq!(
            t.unmapped_area_topdown(PAGE, PAGE, MMAP_BASE, 0, 0),
            Some(MMAP_BASE - 3 * PAGE)
        );
        // Two pages do not fit in the hole: go below the lowest mapping.
        assert_eq!(
            t.unmapped_area_topdown(2 * PAGE, PAGE, MMAP_BASE, 0, 0),
            Some(MMAP_BASE - 7 * PAGE)
        );
        // Bottom-up from the legacy base is unaffected.
        assert_eq!(
            t.unmapped_area(PAGE, UNMAPPED_BASE, TASK_SIZE, 0, 0),
            Some(UNMAPPED_BASE)
        );
        // Bottom-up from just below the block finds the hole.
        assert_eq!(
            t.unmapped_area(PAGE, MMAP_BASE - 5 * PAGE, TASK_SIZE, 0, 0),
            Some(MMAP_BASE - 3 * PAGE)
        );
        // Two pages bottom-up from there: the hole is too small, the gap
        // between the block and the stack's guard gap fits.
        assert_eq!(
            t.unmapped_area(2 * PAGE, MMAP_BASE - 5 * PAGE, TASK_SIZE, 0, 0),
            Some(MMAP_BASE)
        );
    }

    #[test]
    fn guard_gap_blocks_placement_below_growsdown() {
        let mut t = VmaTree::new();
        t.insert(0x1_0000, 0x2_0000, 0, 'a');
        let s = t.insert(0x20_0000, 0x21_0000, GUARD, 's');
        ok(&t);
        // Stored gap before s: vm_start_gap(s) - end(a).
        assert_eq!(t.node(s).gap, 0x10_0000 - 0x2_0000);
        // Top gap fits under a high limit well above the stack.
        assert_eq!(
            t.unmapped_area_topdown(PAGE, PAGE, 0x30_0000, 0, 0),
            Some(0x2f_f000)
        );
        // With high = end of s, the search lands below the guard gap.
        assert_eq!(
            t.unmapped_area_topdown(PAGE, PAGE, 0x21_0000, 0, 0),
            Some(0x0f_f000)
        );
        // A gap of exactly 0xe0000 fits; one byte more does not, and the gap
        // below a (0..0x10000, 16 pages) is too small: ENOMEM.
        assert_eq!(
            t.unmapped_area_topdown(0xe_0000, PAGE, 0x21_0000, 0, 0),
            Some(0x2_0000)
        );
        assert_eq!(
            t.unmapped_area_topdown(0xe_1000, PAGE, 0x21_0000, 0, 0),
            None
        );
        // Bottom-up: the window between a and s's guard gap fits exactly...
        assert_eq!(
            t.unmapped_area(0xe_0000, 0x2_0000, 0x20_0000, 0, 0),
            Some(0x2_0000)
        );
        // ...but not from one page higher, although s itself starts far
        // above low + L: the guard gap counts.
        assert_eq!(
            t.unmapped_area(0xe_0000, 0x2_1000, TASK_SIZE, 0, 0),
            Some(0x21_0000)
        );
        assert_eq!(
            t.unmapped_area(0xe_0000, 0x2_0000, TASK_SIZE, 0, 0),
            Some(0x2_0000)
        );
        assert_eq!(
            t.unmapped_area(0xe_1000, 0x2_0000, TASK_SIZE, 0, 0),
            Some(0x21_0000)
        );
        // Dropping the guard widens the gap.
        t.set_guard(s, 0);
        ok(&t);
        assert_eq!(t.node(s).gap, 0x20_0000 - 0x2_0000);
        assert_eq!(
            t.unmapped_area_topdown(PAGE, PAGE, 0x21_0000, 0, 0),
            Some(0x1f_f000)
        );
    }

    #[test]
    fn guard_gap_clamps_and_negative_gaps() {
        let mut t = VmaTree::new();
        // Guard larger than the start: vm_start_gap clamps to 0.
        let s = t.insert(0x8_0000, 0x9_0000, GUARD, ());
        assert_eq!(t.guard(s), GUARD);
        assert_eq!(t.node(s).gap, 0);
        ok(&t);
        // Another growsdown area whose guard reaches back over s: its gap is
        // "negative", stored as 0, never usable.
        let u = t.insert(0x10_0000, 0x11_0000, GUARD, ());
        assert_eq!(t.node(u).gap, 0);
        ok(&t);
        // Nothing fits below 0x110000 then.
        assert_eq!(t.unmapped_area_topdown(PAGE, 0, 0x11_0000, 0, 0), None);
        assert_eq!(t.unmapped_area(PAGE, 0, 0x10_0000, 0, 0), None);
        assert_eq!(t.unmapped_area(PAGE, 0, 0x11_1000, 0, 0), Some(0x11_0000));
        // Move u up: its guard gap now starts above s's end.
        t.set_range(u, 0x1a_0000, 0x1b_0000);
        ok(&t);
        assert_eq!(t.node(u).gap, 0xa_0000 - 0x9_0000);
        assert_eq!(
            t.unmapped_area_topdown(PAGE, 0, 0x1b_0000, 0, 0),
            Some(0x9_f000)
        );
        assert_eq!(t.unmapped_area(PAGE, 0, 0x1b_0000, 0, 0), Some(0x9_0000));
        // A gap bigger than the window between s and u's guard: ENOMEM
        // top-down (the top gap does not fit under the limit)...
        assert_eq!(t.unmapped_area_topdown(0x1_1000, 0, 0x1b_0000, 0, 0), None);
        // ...and the top gap bottom-up.
        assert_eq!(
            t.unmapped_area(0x1_1000, 0, u64::MAX, 0, 0),
            Some(0x1b_0000)
        );
    }

    #[test]
    fn bottom_up_first_node_quirk_low_limit() {
        // A node starting above low+L whose guard makes its gap end below
        // low+L: the list algorithm skips it.
        let mut t = VmaTree::new();
        t.insert(0x1000, 0x2000, 0, ());
        t.insert(0x10_0000, 0x10_1000, 0x8_0000, ()); // sg = 0x80000
        t.insert(0x20_0000, 0x20_1000, 0, ());
        ok(&t);
        // L = 0x1000, low = 0x80000 → ll = 0x81000 > sg = 0x80000: skip.
        assert_eq!(
            t.unmapped_area(0x1000, 0x8_0000, u64::MAX, 0, 0),
            Some(0x10_1000)
        );
        // low = 0x7f000 → ll = 0x80000 = sg: accepted, answer = low.
        assert_eq!(
            t.unmapped_area(0x1000, 0x7_f000, u64::MAX, 0, 0),
            Some(0x7_f000)
        );
    }

    #[test]
    fn lookups_and_links() {
        let mut t = VmaTree::new();
        let b = t.insert(0x5000, 0x6000, 0, 'b');
        let a = t.insert(0x1000, 0x3000, 0, 'a');
        let c = t.insert(0x9000, 0xa000, 0, 'c');
        ok(&t);
        assert_eq!(t.len(), 3);
        assert_eq!(t.iter().collect::<Vec<_>>(), vec![a, b, c]);
        assert_eq!(t.first(), Some(a));
        assert_eq!(t.last(), Some(c));
        assert_eq!(t.next(a), Some(b));
        assert_eq!(t.next(c), None);
        assert_eq!(t.prev(a), None);
        assert_eq!(t.prev(c), Some(b));
        assert_eq!(*t.data(b), 'b');
        *t.data_mut(b) = 'B';
        assert_eq!(*t.data(b), 'B');
        assert_eq!(t.highest_vm_end(), 0xa000);

        assert_eq!(t.find_vma(0), Some(a));
        assert_eq!(t.find_vma(0x2fff), Some(a));
        assert_eq!(t.find_vma(0x3000), Some(b));
        assert_eq!(t.find_vma(0x5fff), Some(b));
        assert_eq!(t.find_vma(0x6000), Some(c));
        assert_eq!(t.find_vma(0xa000), None);
        assert_eq!(t.find_prev(0x1000), None);
        assert_eq!(t.find_prev(0x2fff), None);
        assert_eq!(t.find_prev(0x3000), Some(a));
        assert_eq!(t.find_prev(0x5000), Some(a));
        assert_eq!(t.find_prev(0x6000), Some(b));
        assert_eq!(t.find_prev(u64::MAX), Some(c));

        // Gaps: a from 0, b from a's end, c from b's end.
        assert_eq!(t.node(a).gap, 0x1000);
        assert_eq!(t.node(b).gap, 0x2000);
        assert_eq!(t.node(c).gap, 0x3000);

        // Grow b: c's gap shrinks.
        t.set_range(b, 0x4000, 0x8000);
        ok(&t);
        assert_eq!(t.node(b).gap, 0x1000);
        assert_eq!(t.node(c).gap, 0x1000);
        assert_eq!(
            ranges(&t),
            vec![(0x1000, 0x3000), (0x4000, 0x8000), (0x9000, 0xa000)]
        );

        // Remove b: c's gap spans from a's end.
        assert_eq!(t.remove(b), 'B');
        ok(&t);
        assert_eq!(t.node(c).gap, 0x6000);
        assert_eq!(t.next(a), Some(c));
        assert_eq!(t.prev(c), Some(a));
        // The slot is reused.
        let d = t.insert_after(Some(a), 0x3000, 0x4000, 0, 'd');
        assert_eq!(d, b);
        ok(&t);
        assert_eq!(t.node(d).gap, 0);
        assert_eq!(t.node(c).gap, 0x5000);
        // Insert as new first.
        let e = t.insert_after(None, 0, 0x1000, 0, 'e');
        ok(&t);
        assert_eq!(t.first(), Some(e));
        assert_eq!(t.node(a).gap, 0);
        // Remove the last one.
        t.remove(c);
        ok(&t);
        assert_eq!(t.last(), Some(d));
        assert_eq!(t.highest_vm_end(), 0x4000);
        assert_eq!(t.iter().map(|i| *t.data(i)).collect::<String>(), "ead");
        for id in t.iter().collect::<Vec<_>>() {
            t.remove(id);
            ok(&t);
        }
        assert!(t.is_empty());
        assert_eq!(t.highest_vm_end(), 0);
    }

    #[test]
    #[should_panic(expected = "stale")]
    fn stale_id_panics() {
        let mut t = VmaTree::new();
        let a = t.insert(0x1000, 0x2000, 0, ());
        t.remove(a);
        t.remove(a);
    }

    #[test]
    fn check_invariants_detects_corruption() {
        let mut t = VmaTree::new();
        for i in 0..20u64 {
            t.insert(i * 0x3000, i * 0x3000 + 0x1000, 0, i);
        }
        ok(&t);
        let root = t.root;
        let mut bad = t.clone();
        bad.nodes[root as usize].max_gap += 1;
        assert!(bad.check_invariants().unwrap_err().contains("max_gap"));
        let mut bad = t.clone();
        bad.nodes[root as usize].gap += 0x1000;
        assert!(bad.check_invariants().unwrap_err().contains("gap"));
        let mut bad = t.clone();
        let l = bad.nodes[root as usize].left;
        let c = if l != NIL {
            l
        } else {
            bad.nodes[root as usize].right
        };
        bad.nodes[c as usize].prio = u32::MAX;
        bad.nodes[root as usize].prio = 0;
        assert!(bad.check_invariants().unwrap_err().contains("heap"));
        let mut bad = t.clone();
        let f = bad.first;
        let n = bad.nodes[f as usize].next;
        bad.nodes[n as usize].prev = NIL;
        assert!(bad.check_invariants().is_err());
        let mut bad = t.clone();
        bad.len += 1;
        assert!(bad.check_invariants().is_err());
        let mut bad = t.clone();
        bad.nodes[f as usize].end = bad.nodes[n as usize].start + 1;
        assert!(bad.check_invariants().is_err());
    }

    /// Deterministic bulk test: a few thousand nodes, deep trees, searches
    /// checked against a brute-force scan of the node list.
    #[test]
    fn bulk_against_brute_force() {
        let mut rng = 0x1234_5678_9abc_def1u64;
        let mut rnd = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let mut t = VmaTree::with_capacity(64);
        // Fill with random non-overlapping page ranges.
        for _ in 0..3000 {
            let a = (rnd() % 100_000) * PAGE;
            let e = a + (1 + rnd() % 4) * PAGE;
            let g = if rnd() % 8 == 0 { GUARD } else { 0 };
            let prev = t.find_prev(a);
            let next = prev.map_or(t.first(), |p| t.next(p));
            if next.is_some_and(|n| t.start(n) < e) {
                continue;
            }
            t.insert(a, e, g, a);
        }
        ok(&t);
        let n0 = t.len();
        assert!(n0 > 2500);
        for round in 0..2000 {
            let ids: Vec<_> = t.iter().collect();
            let id = ids[(rnd() % ids.len() as u64) as usize];
            match rnd() % 3 {
                0 => {
                    let a = t.start(id);
                    assert_eq!(t.remove(id), a);
                }
                1 => t.set_guard(id, if t.guard(id) == 0 { GUARD } else { 0 }),
                _ => {
                    let lo = t.prev(id).map_or(0, |p| t.end(p));
                    let s = lo + (t.start(id) - lo) / 2 / PAGE * PAGE;
                    t.set_range(id, s, t.end(id));
                    *t.data_mut(id) = s;
                }
            }
            if round % 50 == 0 {
                ok(&t);
            }
            let len = (1 + rnd() % 64) * PAGE;
            let low = (rnd() % 100_000) * PAGE;
            let high = low + (rnd() % 100_000) * PAGE;
            let list: Vec<(u64, u64, u64)> = t
                .iter()
                .map(|i| (t.start(i), t.end(i), t.guard(i)))
                .collect();
            assert_eq!(
                t.unmapped_area(len, low, high, 0, 0),
                reference::bottom_up(&list, len, low, high, 0, 0)
            );
            assert_eq!(
                t.unmapped_area_topdown(len, low, high, 0, 0),
                reference::top_down(&list, len, low, high, 0, 0)
            );
        }
        ok(&t);
        for id in t.iter().collect::<Vec<_>>() {
            assert_eq!(*t.data(id), t.start(id));
        }
    }

    /// Literal transcriptions of the list algorithms of spec §3.5, over a
    /// sorted list of `(start, end, guard)`.
    pub(super) mod reference {
        fn gaps(list: &[(u64, u64, u64)]) -> Vec<(u64, u64)> {
            let mut prev_end = 0;
            list.iter()
                .map(|&(s, e, g)| {
                    let gap = (prev_end, s.saturating_sub(g));
                    prev_end = e;
                    gap
                })
                .collect()
        }

        fn highest(list: &[(u64, u64, u64)]) -> u64 {
            list.last().map_or(0, |v| v.1)
        }

        pub fn bottom_up(
            list: &[(u64, u64, u64)],
            length: u64,
            low: u64,
            high: u64,
            mask: u64,
            off: u64,
        ) -> Option<u64> {
            let l = length.wrapping_add(mask);
            if l < length {
                return None;
            }
            if high < l {
                return None;
            }
            let hl = high - l;
            if low > hl {
                return None;
            }
            let ll = low + l;
            let mut found = None;
            for (gs, ge) in gaps(list) {
                if ge <= gs || ge - gs < l {
                    continue;
                }
                if gs > hl {
                    return None;
                }
                if ge >= ll {
                    found = Some(gs);
                    break;
                }
            }
            let gs = match found {
                Some(gs) => gs,
                None => {
                    if highest(list) > hl {
                        return None;
                    }
                    highest(list)
                }
            };
            let gs = gs.max(low);
            Some(gs.wrapping_add(off.wrapping_sub(gs) & mask))
        }

        pub fn top_down(
            list: &[(u64, u64, u64)],
            length: u64,
            low: u64,
            high: u64,
            mask: u64,
            off: u64,
        ) -> Option<u64> {
            let l = length.wrapping_add(mask);
            if l < length {
                return None;
            }
            if high < l {
                return None;
            }
            let hl = high - l;
            if low > hl {
                return None;
            }
            let ll = low + l;
            let gap_end = if highest(list) <= hl {
                high
            } else {
                let mut found = None;
                for (gs, ge) in gaps(list).into_iter().rev() {
                    if ge <= gs || ge - gs < l {
                        continue;
                    }
                    if ge < ll {
                        return None;
                    }
                    if gs <= hl {
                        found = Some(ge.min(high));
                        break;
                    }
                }
                found?
            };
            let ge = gap_end - length;
            Some(ge - (ge.wrapping_sub(off) & mask))
        }
    }

    /// Random operation sequences against a sorted-Vec model that runs the
    /// spec's list algorithms literally.
    mod props {
        use super::reference;
        use super::*;
        use proptest::prelude::*;

        /// Address universe for ranges, in pages (small, so that ranges are
        /// often adjacent and gaps often small or zero).
        const U: u64 = 160;

        #[derive(Debug, Clone)]
        enum Op {
            Insert {
                hole: u16,
                off: u16,
                len: u16,
                guard: u64,
                after: bool,
            },
            Remove {
                pick: u16,
            },
            SetRange {
                pick: u16,
                s: u16,
                e: u16,
            },
            SetGuard {
                pick: u16,
                guard: u64,
            },
            Search {
                length: u64,
                low: u64,
                high: u64,
                mask: u64,
                off: u64,
            },
            /// A search whose limits sit right at (±1 byte or page) a
            /// boundary of existing nodes: `high - L` and `low + L` land on
            /// some node's start, end or start gap.
            AnchoredSearch {
                length: u64,
                mask: u64,
                off: u64,
                hi_pick: (u16, u8, i8),
                lo_pick: Option<(u16, u8, i8)>,
            },
        }

        fn addr() -> impl Strategy<Value = u64> {
            prop_oneof![
                6 => (0..=U + 8).prop_map(|p| p * PAGE),
                1 => Just(0u64),
                1 => Just(u64::MAX),
                1 => any::<u64>(),
                1 => 0..(U + 8) * PAGE,
            ]
        }

        fn length() -> impl Strategy<Value = u64> {
            prop_oneof![
                8 => (1..24u64).prop_map(|p| p * PAGE),
                1 => Just(0u64),
                1 => any::<u64>(),
                1 => 1..24 * PAGE,
                1 => u64::MAX - 4 * PAGE..=u64::MAX,
            ]
        }

        fn mask() -> impl Strategy<Value = u64> {
            prop_oneof![
                6 => Just(0u64),
                3 => (1..5u32).prop_map(|k| ((1u64 << k) - 1) * PAGE),
                1 => any::<u64>(),
                1 => 0..16 * PAGE,
            ]
        }

        fn offset() -> impl Strategy<Value = u64> {
            prop_oneof![
                3 => Just(0u64),
                3 => (0..U).prop_map(|p| p * PAGE),
                1 => any::<u64>(),
            ]
        }

        fn guard() -> impl Strategy<Value = u64> {
            prop_oneof![
                6 => Just(0u64),
                3 => (1..40u64).prop_map(|p| p * PAGE),
                1 => 1..8 * PAGE,
                1 => any::<u64>(),
            ]
        }

        fn anchor() -> impl Strategy<Value = (u16, u8, i8)> {
            (any::<u16>(), 0..3u8, -2..=2i8)
        }

        /// Resolve an anchor: a boundary of a model node, nudged by -1 page,
        /// -1 byte, 0, +1 byte or +1 page.
        fn resolve(m: &Model, (pick, which, delta): (u16, u8, i8)) -> u64 {
            let v = m[pick as usize % m.len()];
            let a = match which {
                0 => v.0,
                1 => v.1,
                _ => v.0.saturating_sub(v.2),
            };
            match delta {
                -2 => a.wrapping_sub(PAGE),
                -1 => a.wrapping_sub(1),
                1 => a.wrapping_add(1),
                2 => a.wrapping_add(PAGE),
                _ => a,
            }
        }

        fn op() -> impl Strategy<Value = Op> {
            prop_oneof![
                5 => (any::<u16>(), any::<u16>(), any::<u16>(), guard(), any::<bool>())
                    .prop_map(|(hole, off, len, guard, after)| Op::Insert {
                        hole,
                        off,
                        len,
                        guard,
                        after
                    }),
                2 => any::<u16>().prop_map(|pick| Op::Remove { pick }),
                2 => (any::<u16>(), any::<u16>(), any::<u16>())
                    .prop_map(|(pick, s, e)| Op::SetRange { pick, s, e }),
                1 => (any::<u16>(), guard()).prop_map(|(pick, guard)| Op::SetGuard { pick, guard }),
                5 => (length(), addr(), addr(), mask(), offset()).prop_map(
                    |(length, low, high, mask, off)| Op::Search {
                        length,
                        low,
                        high,
                        mask,
                        off
                    }
                ),
                4 => (
                    prop_oneof![
                        6 => (1..24u64).prop_map(|p| p * PAGE),
                        1 => 0..24 * PAGE,
                    ],
                    mask(),
                    offset(),
                    anchor(),
                    proptest::option::weighted(0.7, anchor()),
                )
                    .prop_map(|(length, mask, off, hi_pick, lo_pick)| {
                        Op::AnchoredSearch {
                            length,
                            mask,
                            off,
                            hi_pick,
                            lo_pick,
                        }
                    }),
            ]
        }

        /// The model: sorted `(start, end, guard, id, tag)`.
        type Model = Vec<(u64, u64, u64, NodeId, u64)>;

        fn triples(m: &Model) -> Vec<(u64, u64, u64)> {
            m.iter().map(|v| (v.0, v.1, v.2)).collect()
        }

        fn run(ops: &[Op]) -> Result<(), TestCaseError> {
            let mut t: VmaTree<u64> = VmaTree::new();
            let mut m: Model = Vec::new();
            let mut tag = 0u64;
            for op in ops {
                let mut op = op.clone();
                if let Op::AnchoredSearch {
                    length,
                    mask,
                    off,
                    hi_pick,
                    lo_pick,
                } = op
                {
                    if m.is_empty() {
                        continue;
                    }
                    let l = length.wrapping_add(mask);
                    let high = resolve(&m, hi_pick).wrapping_add(l);
                    let low = lo_pick.map_or(0, |a| resolve(&m, a).wrapping_sub(l));
                    op = Op::Search {
                        length,
                        low,
                        high,
                        mask,
                        off,
                    };
                }
                match op {
                    Op::AnchoredSearch { .. } => unreachable!(),
                    Op::Insert {
                        hole,
                        off,
                        len,
                        guard,
                        after,
                    } => {
                        // Free holes (in pages) within [0, U).
                        let mut holes = Vec::new();
                        let mut lo = 0;
                        for v in &m {
                            if v.0 / PAGE > lo {
                                holes.push((lo, v.0 / PAGE));
                            }
                            lo = v.1 / PAGE;
                        }
                        if lo < U {
                            holes.push((lo, U));
                        }
                        if holes.is_empty() {
                            continue;
                        }
                        let (hs, he) = holes[hole as usize % holes.len()];
                        let s = hs + u64::from(off) % (he - hs);
                        let e = s + 1 + u64::from(len) % (he - s);
                        let (s, e) = (s * PAGE, e * PAGE);
                        let pos = m.partition_point(|v| v.0 < s);
                        tag += 1;
                        let id = if after {
                            let prev = pos.checked_sub(1).map(|i| m[i].3);
                            t.insert_after(prev, s, e, guard, tag)
                        } else {
                            t.insert(s, e, guard, tag)
                        };
                        prop_assert!(m.iter().all(|v| v.3 != id), "live id reused");
                        m.insert(pos, (s, e, guard, id, tag));
                    }
                    Op::Remove { pick } => {
                        if m.is_empty() {
                            continue;
                        }
                        let v = m.remove(pick as usize % m.len());
                        prop_assert_eq!(t.remove(v.3), v.4);
                    }
                    Op::SetRange { pick, s, e } => {
                        if m.is_empty() {
                            continue;
                        }
                        let i = pick as usize % m.len();
                        let lo = if i == 0 { 0 } else { m[i - 1].1 / PAGE };
                        let hi = if i + 1 == m.len() {
                            (m[i].1 / PAGE).max(U)
                        } else {
                            m[i + 1].0 / PAGE
                        };
                        let ns = lo + u64::from(s) % (hi - lo);
                        let ne = ns + 1 + u64::from(e) % (hi - ns);
                        m[i].0 = ns * PAGE;
                        m[i].1 = ne * PAGE;
                        t.set_range(m[i].3, ns * PAGE, ne * PAGE);
                    }
                    Op::SetGuard { pick, guard } => {
                        if m.is_empty() {
                            continue;
                        }
                        let i = pick as usize % m.len();
                        m[i].2 = guard;
                        t.set_guard(m[i].3, guard);
                    }
                    Op::Search {
                        length,
                        low,
                        high,
                        mask,
                        off,
                    } => {
                        let list = triples(&m);
                        prop_assert_eq!(
                            t.unmapped_area(length, low, high, mask, off),
                            reference::bottom_up(&list, length, low, high, mask, off),
                            "bottom-up {:#x} [{:#x},{:#x}) mask {:#x} off {:#x}",
                            length,
                            low,
                            high,
                            mask,
                            off
                        );
                        prop_assert_eq!(
                            t.unmapped_area_topdown(length, low, high, mask, off),
                            reference::top_down(&list, length, low, high, mask, off),
                            "top-down {:#x} [{:#x},{:#x}) mask {:#x} off {:#x}",
                            length,
                            low,
                            high,
                            mask,
                            off
                        );
                        for a in [low, high, low.wrapping_sub(1), high.wrapping_add(1)] {
                            let fv = m.iter().find(|v| v.1 > a).map(|v| v.3);
                            prop_assert_eq!(t.find_vma(a), fv, "find_vma {:#x}", a);
                            let fp = m.iter().rev().find(|v| v.1 <= a).map(|v| v.3);
                            prop_assert_eq!(t.find_prev(a), fp, "find_prev {:#x}", a);
                        }
                    }
                }

                // Full comparison after every operation.
                if let Err(e) = t.check_invariants() {
                    return Err(TestCaseError::fail(format!("after {op:?}: {e}")));
                }
                prop_assert_eq!(t.len(), m.len());
                prop_assert_eq!(t.is_empty(), m.is_empty());
                let ids: Vec<NodeId> = t.iter().collect();
                let want: Vec<NodeId> = m.iter().map(|v| v.3).collect();
                prop_assert_eq!(&ids, &want);
                for (k, v) in m.iter().enumerate() {
                    prop_assert_eq!(t.start(v.3), v.0);
                    prop_assert_eq!(t.end(v.3), v.1);
                    prop_assert_eq!(t.guard(v.3), v.2);
                    prop_assert_eq!(*t.data(v.3), v.4);
                    prop_assert_eq!(t.prev(v.3), k.checked_sub(1).map(|j| m[j].3));
                    prop_assert_eq!(t.next(v.3), m.get(k + 1).map(|w| w.3));
                }
                prop_assert_eq!(t.first(), m.first().map(|v| v.3));
                prop_assert_eq!(t.last(), m.last().map(|v| v.3));
                prop_assert_eq!(t.highest_vm_end(), m.last().map_or(0, |v| v.1));
            }
            Ok(())
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: 2000,
                // ChaCha is slow in debug builds; generation dominated.
                rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
                ..ProptestConfig::default()
            })]

            #[test]
            fn random_ops_match_list_model(ops in prop::collection::vec(op(), 60..140)) {
                run(&ops)?;
            }
        }
    }
}
