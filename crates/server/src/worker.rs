//! The store thread: the [`Store`] trait is synchronous and its values need not be `Send`,
//! so one thread opens the archive (`rasid_store::open`) and owns it; handlers send it
//! closures and await their results. Store calls never block the async runtime, and the
//! archive sees one call at a time. The archive is opened shared
//! ([`rasid_store::open_shared`]): `rasid ingest` into the same directory runs alongside,
//! and its articles become visible as it commits.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use std::thread::JoinHandle;

use rasid_store::Store;

use crate::error::{ApiError, ApiResult, ServerError};

type Job = Box<dyn FnOnce(&mut dyn Store) + Send>;

/// A cheap, cloneable handle to the store thread.
#[derive(Clone)]
pub struct StoreHandle {
    tx: mpsc::Sender<Job>,
}

/// The store thread itself; [`StoreWorker::shutdown`] closes the archive cleanly.
pub struct StoreWorker {
    handle: StoreHandle,
    join: JoinHandle<()>,
}

impl StoreWorker {
    /// Open the archive at `location` on a new thread (fails if it cannot be opened).
    pub fn open(location: &str) -> Result<StoreWorker, ServerError> {
        let (tx, rx) = mpsc::channel::<Job>();
        let (ready_tx, ready_rx) = mpsc::channel();
        let location = location.to_string();
        let join = std::thread::Builder::new()
            .name("rasid-store".into())
            .spawn(move || {
                let mut store = match rasid_store::open_shared(&location) {
                    Ok(s) => {
                        let _ = ready_tx.send(Ok(()));
                        s
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                while let Ok(job) = rx.recv() {
                    // A failing job must not take the archive down with it.
                    if std::panic::catch_unwind(AssertUnwindSafe(|| job(store.as_mut()))).is_err() {
                        tracing::error!("a store call panicked; the archive stays open");
                    }
                }
                if let Err(e) = store.close() {
                    tracing::error!("closing the archive: {e}");
                }
            })?;
        match ready_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                let _ = join.join();
                return Err(ServerError::Store(e));
            }
            Err(_) => {
                let _ = join.join();
                return Err(ServerError::Io(std::io::Error::other(
                    "the store thread stopped while opening the archive",
                )));
            }
        }
        Ok(StoreWorker {
            handle: StoreHandle { tx },
            join,
        })
    }

    pub fn handle(&self) -> StoreHandle {
        self.handle.clone()
    }

    /// Wait for the calls in flight, then close the archive. Other handles must be dropped
    /// first (the server's state), or this waits for them.
    pub fn shutdown(self) {
        drop(self.handle);
        if self.join.join().is_err() {
            tracing::error!("the store thread panicked while closing");
        }
    }
}

impl StoreHandle {
    /// Run `f` on the store thread and return its result.
    pub async fn call<R, F>(&self, f: F) -> ApiResult<R>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Store) -> ApiResult<R> + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.tx
            .send(Box::new(move |s: &mut dyn Store| {
                let _ = tx.send(f(s));
            }))
            .map_err(|_| ApiError::Internal("the store thread has stopped".into()))?;
        rx.await
            .map_err(|_| ApiError::Internal("a store call failed without an answer".into()))?
    }
}
