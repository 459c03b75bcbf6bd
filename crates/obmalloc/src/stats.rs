//! Statistics: an exact snapshot computed by walking every arena (as CPython's
//! `_PyObject_DebugMallocStats` does), and the report in that function's byte-exact format.

use core::fmt::{self, Write};

use crate::geometry::{
    block_size, Geometry, NUM_SIZE_CLASSES, POOL_OVERHEAD, SMALL_REQUEST_THRESHOLD,
};
use crate::obmalloc::Obmalloc;

/// Pools and blocks of one size class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SizeClassStats {
    /// The size class index.
    pub size_class: usize,
    /// Bytes per block.
    pub block_size: usize,
    /// Pools serving this class with at least one block in use.
    pub pools: usize,
    /// Blocks handed out and not freed.
    pub blocks_in_use: usize,
    /// Blocks still available in those pools (free or never carved).
    pub blocks_available: usize,
}

/// A snapshot of the allocator. Field names follow the lines of CPython's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Arena and pool sizes.
    pub geometry: Geometry,
    /// One entry per size class (all 32, including those with no pools).
    pub size_classes: Vec<SizeClassStats>,
    /// Arenas ever mapped.
    pub arenas_allocated_total: usize,
    /// Arenas returned to the OS.
    pub arenas_reclaimed: usize,
    /// The most arenas mapped at once.
    pub arenas_highwater: usize,
    /// Arenas mapped now.
    pub arenas_allocated_current: usize,
    /// `arenas_allocated_current * arena_size`.
    pub bytes_in_arenas: usize,
    /// Bytes in blocks handed out (whole blocks, not requested sizes).
    pub bytes_in_allocated_blocks: usize,
    /// Bytes in blocks available in pools in use.
    pub bytes_in_available_blocks: usize,
    /// Pools in no use: empty, or never carved.
    pub unused_pools: usize,
    /// `unused_pools * pool_size`.
    pub bytes_in_unused_pools: usize,
    /// Bytes of the headers of pools in use.
    pub bytes_lost_to_pool_headers: usize,
    /// Bytes at the end of pools in use too small for another block.
    pub bytes_lost_to_quantization: usize,
    /// Bytes lost because an arena did not start on a pool boundary.
    pub bytes_lost_to_arena_alignment: usize,
    /// Middle nodes of the arena map (radix tree).
    pub arena_map_mid_nodes: usize,
    /// Bottom nodes of the arena map.
    pub arena_map_bot_nodes: usize,
    /// Bytes of the arena map's root node.
    pub bytes_in_arena_map_root: usize,
    /// Bytes of its middle nodes.
    pub bytes_in_arena_map_mid: usize,
    /// Bytes of its bottom nodes.
    pub bytes_in_arena_map_bot: usize,
    /// Live blocks obtained from the system allocator (0 or over 512 bytes).
    pub system_blocks: usize,
    /// Bytes requested in those blocks.
    pub system_bytes: usize,
    /// System allocations ever made.
    pub system_allocations_total: usize,
}

impl Stats {
    /// Blocks handed out from pools, over all size classes.
    pub fn blocks_in_use(&self) -> usize {
        self.size_classes.iter().map(|c| c.blocks_in_use).sum()
    }

    /// Sum of the accounting lines; always equals `bytes_in_arenas`.
    pub fn accounted_bytes(&self) -> usize {
        self.bytes_in_allocated_blocks
            + self.bytes_in_available_blocks
            + self.bytes_in_unused_pools
            + self.bytes_lost_to_pool_headers
            + self.bytes_lost_to_quantization
            + self.bytes_lost_to_arena_alignment
    }
}

impl Obmalloc {
    /// An exact snapshot of the allocator's state.
    pub fn stats(&self) -> Stats {
        let state = self.state_ref();
        let g = state.geometry;
        let pool_size = g.pool_size();
        let mut classes: Vec<SizeClassStats> = (0..NUM_SIZE_CLASSES)
            .map(|i| SizeClassStats {
                size_class: i,
                block_size: block_size(i),
                ..SizeClassStats::default()
            })
            .collect();
        let mut unused_pools = 0;
        let mut alignment = 0;
        for arena in state.arenas.iter().filter(|a| a.address.is_some()) {
            unused_pools += arena.nfreepools;
            if arena.ntotalpools < g.max_pools_in_arena() {
                alignment += pool_size;
            }
            let carved = (arena.pool_address.addr() - arena.first_pool.addr()) / pool_size;
            for i in 0..carved {
                let pool = arena
                    .first_pool
                    .wrapping_add(i * pool_size)
                    .cast::<crate::pool::PoolHeader>();
                // SAFETY: pools below `pool_address` of a mapped arena were carved and have
                // initialised headers (invariant 1 in state.rs).
                let (count, szidx) = unsafe { ((*pool).count as usize, (*pool).szidx as usize) };
                if count == 0 {
                    continue;
                }
                let c = &mut classes[szidx];
                c.pools += 1;
                c.blocks_in_use += count;
                c.blocks_available += g.blocks_per_pool(szidx) - count;
            }
        }
        let mut allocated = 0;
        let mut available = 0;
        let mut headers = 0;
        let mut quantization = 0;
        for c in &classes {
            allocated += c.blocks_in_use * c.block_size;
            available += c.blocks_available * c.block_size;
            headers += c.pools * POOL_OVERHEAD;
            quantization += c.pools * ((pool_size - POOL_OVERHEAD) % c.block_size);
        }
        let (mid_nodes, bot_nodes) = state.map.node_counts();
        let (root_bytes, mid_bytes, bot_bytes) = state.map.node_sizes();
        Stats {
            geometry: g,
            size_classes: classes,
            arenas_allocated_total: state.arenas_allocated_total,
            arenas_reclaimed: state.arenas_allocated_total - state.arenas_current,
            arenas_highwater: state.arenas_highwater,
            arenas_allocated_current: state.arenas_current,
            bytes_in_arenas: state.arenas_current * g.arena_size(),
            bytes_in_allocated_blocks: allocated,
            bytes_in_available_blocks: available,
            unused_pools,
            bytes_in_unused_pools: unused_pools * pool_size,
            bytes_lost_to_pool_headers: headers,
            bytes_lost_to_quantization: quantization,
            bytes_lost_to_arena_alignment: alignment,
            arena_map_mid_nodes: mid_nodes,
            arena_map_bot_nodes: bot_nodes,
            bytes_in_arena_map_root: root_bytes,
            bytes_in_arena_map_mid: mid_nodes * mid_bytes,
            bytes_in_arena_map_bot: bot_nodes * bot_bytes,
            system_blocks: state.system.live_blocks(),
            system_bytes: state.system.live_bytes,
            system_allocations_total: state.system.allocations_total,
        }
    }

    /// Writes the allocator section of CPython's `sys._debugmallocstats()`, byte for byte
    /// in its format: the size-class table, the arena counts, where the arena bytes go,
    /// and the arena map.
    pub fn write_report(&self, out: &mut dyn Write) -> fmt::Result {
        self.stats().write_report(out)
    }

    /// [`write_report`](Self::write_report) into a `String`.
    pub fn report(&self) -> String {
        let mut s = String::new();
        self.write_report(&mut s)
            .expect("writing to a String cannot fail");
        s
    }
}

impl Stats {
    /// Writes this snapshot in the format of CPython's `_PyObject_DebugMallocStats`.
    pub fn write_report(&self, out: &mut dyn Write) -> fmt::Result {
        writeln!(
            out,
            "Small block threshold = {SMALL_REQUEST_THRESHOLD}, in {NUM_SIZE_CLASSES} size classes."
        )?;
        out.write_str("\nclass   size   num pools   blocks in use  avail blocks\n")?;
        out.write_str("-----   ----   ---------   -------------  ------------\n")?;
        for c in self.size_classes.iter().filter(|c| c.pools > 0) {
            writeln!(
                out,
                "{:5} {:6} {:11} {:15} {:13}",
                c.size_class, c.block_size, c.pools, c.blocks_in_use, c.blocks_available
            )?;
        }
        out.write_char('\n')?;
        let g = self.geometry;
        write_stat_line(out, "# arenas allocated total", self.arenas_allocated_total)?;
        write_stat_line(out, "# arenas reclaimed", self.arenas_reclaimed)?;
        write_stat_line(out, "# arenas highwater mark", self.arenas_highwater)?;
        write_stat_line(
            out,
            "# arenas allocated current",
            self.arenas_allocated_current,
        )?;
        let label = format!(
            "{} arenas * {} bytes/arena",
            self.arenas_allocated_current,
            g.arena_size()
        );
        write_stat_line(out, &label, self.bytes_in_arenas)?;
        out.write_char('\n')?;
        write_stat_line(
            out,
            "# bytes in allocated blocks",
            self.bytes_in_allocated_blocks,
        )?;
        write_stat_line(
            out,
            "# bytes in available blocks",
            self.bytes_in_available_blocks,
        )?;
        let label = format!(
            "{} unused pools * {} bytes",
            self.unused_pools,
            g.pool_size()
        );
        write_stat_line(out, &label, self.bytes_in_unused_pools)?;
        write_stat_line(
            out,
            "# bytes lost to pool headers",
            self.bytes_lost_to_pool_headers,
        )?;
        write_stat_line(
            out,
            "# bytes lost to quantization",
            self.bytes_lost_to_quantization,
        )?;
        write_stat_line(
            out,
            "# bytes lost to arena alignment",
            self.bytes_lost_to_arena_alignment,
        )?;
        write_stat_line(out, "Total", self.accounted_bytes())?;
        out.write_str("\narena map counts\n")?;
        write_stat_line(out, "# arena map mid nodes", self.arena_map_mid_nodes)?;
        write_stat_line(out, "# arena map bot nodes", self.arena_map_bot_nodes)?;
        out.write_char('\n')?;
        write_stat_line(
            out,
            "# bytes lost to arena map root",
            self.bytes_in_arena_map_root,
        )?;
        write_stat_line(
            out,
            "# bytes lost to arena map mid",
            self.bytes_in_arena_map_mid,
        )?;
        write_stat_line(
            out,
            "# bytes lost to arena map bot",
            self.bytes_in_arena_map_bot,
        )?;
        write_stat_line(
            out,
            "Total",
            self.bytes_in_arena_map_root
                + self.bytes_in_arena_map_mid
                + self.bytes_in_arena_map_bot,
        )
    }
}

/// Writes one report line as CPython's `printone` does: the label padded to 35 columns,
/// `=`, and the value with thousands separators right-aligned in 21 columns.
pub fn write_stat_line(out: &mut dyn Write, label: &str, value: usize) -> fmt::Result {
    writeln!(out, "{label:<35}={:>21}", group_thousands(value))
}

/// Writes one line of a type's free-list report, as CPython's `_PyDebugAllocatorStats`:
/// e.g. `           3 free PyFloatObjects * 24 bytes each =                   72`.
/// `block_name` is singular ("free PyFloatObject"); an `s` is added as in CPython.
pub fn write_type_stats_line(
    out: &mut dyn Write,
    block_name: &str,
    num_blocks: usize,
    sizeof_block: usize,
) -> fmt::Result {
    let label = format!("{num_blocks} {block_name}s * {sizeof_block} bytes each");
    write_stat_line(out, &format!("{label:>48} "), num_blocks * sizeof_block)
}

fn group_thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printone_format() {
        let mut s = String::new();
        write_stat_line(&mut s, "# arenas allocated total", 5).unwrap();
        write_stat_line(&mut s, "5 arenas * 1048576 bytes/arena", 5_242_880).unwrap();
        write_stat_line(&mut s, "Total", 0).unwrap();
        assert_eq!(
            s,
            "# arenas allocated total           =                    5\n\
             5 arenas * 1048576 bytes/arena     =            5,242,880\n\
             Total                              =                    0\n"
        );
    }

    #[test]
    fn type_stats_format() {
        let mut s = String::new();
        write_type_stats_line(&mut s, "free PyFloatObject", 3, 24).unwrap();
        write_type_stats_line(&mut s, "free 10-sized PyTupleObject", 0, 104).unwrap();
        assert_eq!(
            s,
            "           3 free PyFloatObjects * 24 bytes each =                   72\n \
             0 free 10-sized PyTupleObjects * 104 bytes each =                    0\n"
        );
    }

    #[test]
    fn thousands() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(262_144), "262,144");
        assert_eq!(group_thousands(1_048_576), "1,048,576");
    }
}
