//! An ordered parallel map with bounded memory: items flow from one reader thread through
//! `threads` workers to the caller, who receives the results in input order.
//!
//! At most `window` items are in flight (read but not yet handed to the sink): the reader
//! waits for a ticket before it reads the next item, and a ticket comes back when the sink
//! has taken a result. So memory is bounded by `window` items whatever the input size, and a
//! slow item never makes the others pile up. With one thread everything runs inline.

use std::collections::BTreeMap;

use crossbeam_channel::{bounded, unbounded};

/// Map `items` through `f` on `threads` threads and feed the results, in input order, to
/// `sink`. Stops at the first error from `sink` and returns it.
pub fn ordered_map<I, T, R, E, F, S>(
    items: I,
    threads: usize,
    window: usize,
    f: F,
    mut sink: S,
) -> Result<(), E>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    if threads <= 1 {
        for t in items {
            sink(f(t))?;
        }
        return Ok(());
    }
    let window = window.max(threads);
    std::thread::scope(|s| {
        let (work_tx, work_rx) = bounded::<(usize, T)>(window);
        let (res_tx, res_rx) = unbounded::<(usize, R)>();
        let (ticket_tx, ticket_rx) = bounded::<()>(window);
        for _ in 0..window {
            // The channel holds `window` tickets: these sends cannot block or fail.
            let _ = ticket_tx.send(());
        }
        s.spawn(move || {
            let mut items = items.enumerate();
            // A ticket first, then the item: nothing is read beyond the window.
            while ticket_rx.recv().is_ok() {
                let Some((seq, t)) = items.next() else { break };
                if work_tx.send((seq, t)).is_err() {
                    break; // the sink stopped
                }
            }
        });
        for _ in 0..threads {
            let (work_rx, res_tx, f) = (work_rx.clone(), res_tx.clone(), &f);
            s.spawn(move || {
                for (seq, t) in work_rx.iter() {
                    if res_tx.send((seq, f(t))).is_err() {
                        break;
                    }
                }
            });
        }
        drop((work_rx, res_tx));
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0usize;
        for (seq, r) in res_rx.iter() {
            pending.insert(seq, r);
            while let Some(r) = pending.remove(&next) {
                sink(r)?;
                next += 1;
                let _ = ticket_tx.send(());
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_on_any_number_of_threads() {
        for threads in [1, 2, 3, 8] {
            let mut got = Vec::new();
            let r: Result<(), ()> = ordered_map(
                0..500u64,
                threads,
                7,
                |x| {
                    // Uneven work so that workers finish out of order.
                    let mut h = x;
                    for _ in 0..(x % 13) * 1000 {
                        h = h.wrapping_mul(6364136223846793005).wrapping_add(1);
                    }
                    (x, h)
                },
                |(x, _)| {
                    got.push(x);
                    Ok(())
                },
            );
            assert!(r.is_ok());
            assert_eq!(got, (0..500).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    fn a_sink_error_stops_the_pipeline() {
        let mut seen = 0;
        let r = ordered_map(
            0..100_000u32,
            2,
            4,
            |x| x,
            |x| {
                seen += 1;
                if x == 10 {
                    Err("stop")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err("stop"));
        assert_eq!(seen, 11);
    }

    #[test]
    fn no_more_than_the_window_is_in_flight() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let read = AtomicUsize::new(0);
        let items = (0..1000usize).inspect(|_| {
            read.fetch_add(1, Ordering::SeqCst);
        });
        let mut max_ahead = 0;
        let mut taken = 0usize;
        let r: Result<(), ()> = ordered_map(
            items,
            2,
            16,
            |x| x,
            |_| {
                taken += 1;
                max_ahead = max_ahead.max(read.load(Ordering::SeqCst) - taken);
                Ok(())
            },
        );
        assert!(r.is_ok());
        assert_eq!(taken, 1000);
        assert!(max_ahead <= 16, "{max_ahead} items read ahead of the sink");
    }
}
