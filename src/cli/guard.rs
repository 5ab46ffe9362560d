//! `-o` must never name one of the command's inputs: checked before anything is read or written.

use std::path::{Path, PathBuf};

use super::{Global, Usage};

/// Refuse (exit 2) an `-o` that resolves to the criteria file or to any of `inputs` (data,
/// microdata, crosswalk files…): links are followed, and a file not yet there is its folder's
/// real path plus its name. Every command that writes calls this first.
pub fn refuse_overwriting_inputs(global: &Global, inputs: &[&Path]) -> Result<(), Usage> {
    let Some(output) = global.output.as_deref().filter(|p| p.as_os_str() != "-") else {
        return Ok(());
    };
    let Some(target) = resolve(output) else {
        return Ok(());
    };
    let criteria = global.criteria.as_deref();
    for input in inputs.iter().copied().chain(criteria) {
        if input.as_os_str() == "-" {
            continue;
        }
        if resolve(input).is_some_and(|input| same_file(&input, &target)) {
            let args = [
                ("output", output.display().to_string().into()),
                ("input", input.display().to_string().into()),
            ];
            return Err(Usage(crate::report::t(
                global.lang.into(),
                "error-overwrite-input",
                &args,
            )));
        }
    }
    Ok(())
}

/// The real path of `path`, or of its folder joined with its name when it does not exist yet.
fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(real) = std::fs::canonicalize(path) {
        return Some(real);
    }
    let name = path.file_name()?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    std::fs::canonicalize(folder).ok().map(|f| f.join(name))
}

/// The same path, or two names (hard links) of one file.
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.is_file() && a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{ColorChoice, Lang};

    fn global(output: &Path, criteria: Option<&Path>) -> Global {
        Global {
            criteria: criteria.map(Path::to_path_buf),
            format: None,
            output: Some(output.to_path_buf()),
            lang_arg: None,
            lang: Lang::En,
            color: ColorChoice::Never,
            quiet: false,
            no_progress: false,
        }
    }

    #[test]
    fn an_input_reached_by_another_spelling_or_a_link_is_refused() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let data = folder.path().join("d.csv");
        std::fs::write(&data, "id\n1\n").expect("writable");
        let roundabout = folder.path().join(".").join("d.csv");
        assert!(refuse_overwriting_inputs(&global(&roundabout, None), &[&data]).is_err());
        #[cfg(unix)]
        {
            let link = folder.path().join("link.csv");
            std::os::unix::fs::symlink(&data, &link).expect("a link");
            assert!(refuse_overwriting_inputs(&global(&link, None), &[&data]).is_err());
            let hard = folder.path().join("hard.csv");
            std::fs::hard_link(&data, &hard).expect("a hard link");
            assert!(refuse_overwriting_inputs(&global(&hard, None), &[&data]).is_err());
        }
        let criteria = folder.path().join("c.yaml");
        std::fs::write(&criteria, "x").expect("writable");
        assert!(refuse_overwriting_inputs(&global(&criteria, Some(&criteria)), &[&data]).is_err());
    }

    #[test]
    fn a_new_file_or_another_file_is_allowed() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let data = folder.path().join("d.csv");
        std::fs::write(&data, "id\n1\n").expect("writable");
        let new = folder.path().join("ranking.csv");
        assert!(refuse_overwriting_inputs(&global(&new, None), &[&data]).is_ok());
        let dash = Path::new("-");
        assert!(refuse_overwriting_inputs(&global(&new, None), &[dash]).is_ok());
    }
}
