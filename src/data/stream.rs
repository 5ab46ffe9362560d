//! Streaming CSV input for files too large to hold in memory (microdata): gzip, byte-order marks
//! and legacy encodings turned into a stream of UTF-8 bytes, read a buffer at a time.
//!
//! The whole-file reader ([`read`](super::read)) decodes a file at once; this one applies the same
//! rules (a byte-order mark wins, else `--encoding`, else UTF-8; spreadsheets are refused) to a
//! stream. UTF-8 input passes through untouched: its validity is checked by the consumer, block by
//! block, so that an error can name its line.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use encoding_rs::{Decoder, Encoding, UTF_8};
use flate2::read::MultiGzDecoder;

use super::ReadError;
use super::findings::MALFORMED;

/// An open microdata file: its UTF-8 bytes, its size and how much of it has been read so far.
pub struct Stream {
    /// The file as the user named it; `-` for standard input.
    pub name: String,
    /// UTF-8 bytes (byte-order mark removed), decompressed and transcoded as needed.
    pub reader: Box<dyn Read + Send>,
    /// The size of the file on disk, when known (not for standard input).
    pub size: Option<u64>,
    /// Bytes of the file read so far (compressed bytes for gzip), for progress.
    pub read: Arc<AtomicU64>,
}

/// Open `path` (`-` for standard input) for streaming. A name ending in `.gz` or content starting
/// with the gzip magic bytes is decompressed. `encoding` is a WHATWG label for files without a
/// byte-order mark.
pub fn open(path: &Path, encoding: Option<&str>) -> Result<Stream, ReadError> {
    let name = path.to_string_lossy().into_owned();
    let io_error = |source| ReadError::Io {
        file: name.clone(),
        source,
    };
    let label = match encoding {
        Some(label) => Some(
            Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| ReadError::UnknownEncoding(label.to_owned()))?,
        ),
        None => None,
    };
    let read = Arc::new(AtomicU64::new(0));
    let (raw, size): (Box<dyn Read + Send>, Option<u64>) = if name == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let file = File::open(path).map_err(io_error)?;
        let size = file.metadata().ok().map(|metadata| metadata.len());
        (Box::new(file), size)
    };
    let counted = Counted {
        inner: raw,
        read: Arc::clone(&read),
    };
    let mut buffered = BufReader::with_capacity(1 << 16, counted);
    let start = peek(&mut buffered).map_err(io_error)?;
    let gzip = start.starts_with(&[0x1f, 0x8b]) || name.to_ascii_lowercase().ends_with(".gz");
    let mut text: Box<dyn Read + Send> = if gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    };
    let mut head = [0u8; 8];
    let got = read_up_to(&mut text, &mut head).map_err(io_error)?;
    let head = &head[..got];
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"\xD0\xCF\x11\xE0") {
        let message = crate::diagnostics::Message::new("finding-microdata-spreadsheet");
        return Err(ReadError::Invalid(super::DataErrors {
            findings: vec![MALFORMED.error(&name, 0, "", message)],
        }));
    }
    let (encoding, skip) = match Encoding::for_bom(head) {
        Some((encoding, bom)) => (Some(encoding), bom),
        None => (label, 0),
    };
    let rest = head[skip..].to_vec();
    let chained: Box<dyn Read + Send> = Box::new(io::Cursor::new(rest).chain(text));
    let reader: Box<dyn Read + Send> = match encoding {
        Some(encoding) if encoding != UTF_8 => Box::new(Transcoded::new(chained, encoding)),
        _ => chained,
    };
    Ok(Stream {
        name,
        reader,
        size,
        read,
    })
}

fn peek(reader: &mut BufReader<Counted>) -> io::Result<Vec<u8>> {
    use std::io::BufRead;
    Ok(reader.fill_buf()?.iter().take(4).copied().collect())
}

fn read_up_to(reader: &mut dyn Read, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(filled)
}

/// A reader that counts the bytes it hands out.
struct Counted {
    inner: Box<dyn Read + Send>,
    read: Arc<AtomicU64>,
}

impl Read for Counted {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buffer)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Legacy or UTF-16 text turned into UTF-8; malformed input is an error, never a replacement.
struct Transcoded {
    inner: Box<dyn Read + Send>,
    decoder: Decoder,
    input: Vec<u8>,
    start: usize,
    end: usize,
    done: bool,
    name: &'static str,
    /// Decoded bytes not yet handed out, from `out_start` on.
    out: Vec<u8>,
    out_start: usize,
}

impl Transcoded {
    fn new(inner: Box<dyn Read + Send>, encoding: &'static Encoding) -> Transcoded {
        Transcoded {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            input: vec![0; 1 << 16],
            start: 0,
            end: 0,
            done: false,
            name: encoding.name(),
            out: Vec::with_capacity(1 << 17),
            out_start: 0,
        }
    }

    /// Decode more into `out`; false at the end of the input.
    fn refill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.out_start = 0;
        self.out.resize(1 << 17, 0);
        loop {
            if self.start == self.end && !self.done {
                self.start = 0;
                self.end = self.inner.read(&mut self.input)?;
                self.done = self.end == 0;
            }
            let input = &self.input[self.start..self.end];
            let (result, read, written) =
                self.decoder
                    .decode_to_utf8_without_replacement(input, &mut self.out, self.done);
            self.start += read;
            if let encoding_rs::DecoderResult::Malformed(_, _) = result {
                let message = format!("the file is not valid {} text; check --encoding", self.name);
                return Err(io::Error::new(io::ErrorKind::InvalidData, message));
            }
            if written > 0 || (self.done && self.start == self.end) {
                self.out.truncate(written);
                return Ok(written > 0);
            }
        }
    }
}

impl Read for Transcoded {
    fn read(&mut self, output: &mut [u8]) -> io::Result<usize> {
        if self.out_start == self.out.len() && !self.refill()? {
            return Ok(0);
        }
        let pending = &self.out[self.out_start..];
        let n = pending.len().min(output.len());
        output[..n].copy_from_slice(&pending[..n]);
        self.out_start += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn text_of(bytes: &[u8], name: &str, encoding: Option<&str>) -> Result<String, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).map_err(|e| e.to_string())?;
        let mut stream = open(&path, encoding).map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        stream
            .reader
            .read_to_end(&mut out)
            .map_err(|e| e.to_string())?;
        String::from_utf8(out).map_err(|e| e.to_string())
    }

    #[test]
    fn utf8_with_a_bom_loses_the_bom() {
        assert_eq!(
            text_of(b"\xEF\xBB\xBFid\n1\n", "bom.csv", None).unwrap(),
            "id\n1\n"
        );
    }

    #[test]
    fn utf16_with_a_bom_becomes_utf8() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "mã,có\n1,có\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(text_of(&bytes, "u16.csv", None).unwrap(), "mã,có\n1,có\n");
    }

    #[test]
    fn a_legacy_label_is_transcoded() {
        // Windows-1258 writes ã as a plus a combining tilde; reading makes it NFC later.
        assert_eq!(
            text_of(b"xa\xDE,c\xF3\n", "legacy.csv", Some("windows-1258")).unwrap(),
            "xa\u{303},có\n"
        );
    }

    #[test]
    fn gzip_is_decompressed() {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(b"id,x\n1,2\n").unwrap();
        let bytes = encoder.finish().unwrap();
        assert_eq!(text_of(&bytes, "m.csv.gz", None).unwrap(), "id,x\n1,2\n");
    }

    #[test]
    fn spreadsheets_and_unknown_labels_are_refused() {
        let error = text_of(b"PK\x03\x04rest", "m.csv", None).unwrap_err();
        assert!(error.contains("spreadsheet"), "{error}");
        let error = text_of(b"id\n", "k.csv", Some("klingon")).unwrap_err();
        assert!(error.contains("unknown encoding"), "{error}");
    }

    #[test]
    fn malformed_legacy_text_is_an_error() {
        let error = text_of(&[0xFF, 0xFE, 0x00, 0xD8, b'a'], "bad16.csv", None).unwrap_err();
        assert!(error.contains("not valid UTF-16"), "{error}");
    }
}
