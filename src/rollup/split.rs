//! Cutting a stream into blocks of whole records, a fixed size at a time.
//!
//! Block boundaries depend only on the bytes (never on the number of threads), so that summing
//! each block and merging the blocks in file order gives the same result on any machine.

use std::io::{self, Read};

/// The size a block starts at; a record longer than that doubles it until the record fits.
pub const BLOCK: usize = 1 << 20;

/// A reader of whole-record blocks.
pub struct Splitter<R> {
    reader: R,
    carry: Vec<u8>,
    size: usize,
    done: bool,
    /// Blocks handed back once read, to be filled again: a few buffers serve the whole file.
    spare: Vec<Vec<u8>>,
}

impl<R: Read> Splitter<R> {
    /// Blocks of about `size` bytes of `reader`, starting with the bytes of `carry`.
    pub fn new(reader: R, carry: Vec<u8>, size: usize) -> Splitter<R> {
        Splitter {
            reader,
            carry,
            size: size.max(1),
            done: false,
            spare: Vec::new(),
        }
    }

    /// The next block: every byte up to and including the last line break outside quotes, or
    /// the rest of the input at its end (a last line without a line break included).
    pub fn next_block(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut block = self.spare.pop().unwrap_or_default();
        block.clear();
        block.extend_from_slice(&self.carry);
        self.carry.clear();
        let mut want = self.size.max(block.len() + 1);
        loop {
            while block.len() < want && !self.done {
                let filled = block.len();
                block.resize(want, 0);
                let n = loop {
                    match self.reader.read(&mut block[filled..]) {
                        Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                        other => break other,
                    }
                };
                let n = match n {
                    Ok(n) => n,
                    Err(error) => {
                        block.truncate(filled);
                        return Err(error);
                    }
                };
                block.truncate(filled + n);
                self.done = n == 0;
            }
            if self.done {
                return Ok((!block.is_empty()).then_some(block));
            }
            if let Some(end) = boundary(&block) {
                self.carry.extend_from_slice(&block[end..]);
                block.truncate(end);
                return Ok(Some(block));
            }
            want *= 2;
        }
    }
}

impl<R> Splitter<R> {
    /// Hand a block back once it has been read, so that the next one reuses its memory.
    pub fn recycle(&mut self, block: Vec<u8>) {
        self.spare.push(block);
    }
}

/// Just past the last line break outside quotes. Blocks start outside quotes, so counting quote
/// characters is enough (an escaped `""` counts twice); text without quotes needs no scan.
pub fn boundary(bytes: &[u8]) -> Option<usize> {
    if !bytes.contains(&b'"') {
        return bytes
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map(|at| at + 1);
    }
    let mut quoted = false;
    let mut last = None;
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => last = Some(at + 1),
            _ => {}
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str, size: usize) -> Vec<String> {
        let mut splitter = Splitter::new(text.as_bytes(), Vec::new(), size);
        let mut out = Vec::new();
        while let Some(block) = splitter.next_block().unwrap() {
            out.push(String::from_utf8(block).unwrap());
        }
        out
    }

    #[test]
    fn blocks_end_at_line_breaks_and_join_to_the_input() {
        let text = "a,b\n1,2\n3,4\n5,6";
        let cut = blocks(text, 5);
        assert_eq!(cut.concat(), text);
        assert!(cut[..cut.len() - 1].iter().all(|b| b.ends_with('\n')));
        assert_eq!(cut.last().map(String::as_str), Some("5,6"));
    }

    #[test]
    fn a_quoted_line_break_is_not_a_boundary() {
        let text = "1,\"x\ny\"\n2,z\n";
        let cut = blocks(text, 4);
        assert_eq!(cut, ["1,\"x\ny\"\n", "2,z\n"]);
    }

    #[test]
    fn a_record_longer_than_a_block_grows_the_block() {
        let long = format!("{}\n{}", "x".repeat(100), "1\n".repeat(100));
        let cut = blocks(&long, 8);
        assert!(cut[0].len() >= 101 && cut.iter().all(|b| b.ends_with('\n')));
        assert_eq!(cut.concat(), long);
    }

    #[test]
    fn boundaries_do_not_depend_on_how_the_reader_hands_out_bytes() {
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
                let n = buffer.len().min(self.0.len()).min(3);
                buffer[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let text = "k,v\n".repeat(50);
        let mut splitter = Splitter::new(Trickle(text.as_bytes()), Vec::new(), 16);
        let mut trickled = Vec::new();
        while let Some(block) = splitter.next_block().unwrap() {
            trickled.push(String::from_utf8(block).unwrap());
        }
        assert_eq!(trickled, blocks(&text, 16));
    }
}
