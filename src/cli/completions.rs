//! `dtm completions SHELL`: shell completion scripts.

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, Exit, Global, Output};

/// Print a shell completion script
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm completions bash > ~/.local/share/bash-completion/completions/dtm\n  dtm completions zsh > ~/.zfunc/_dtm\n  dtm completions fish > ~/.config/fish/completions/dtm.fish"
)]
pub struct Args {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let mut out = Output::open(global.output.as_deref())?;
    clap_complete::generate(args.shell, &mut Cli::command(), "dtm", &mut out);
    out.finish()?;
    Ok(Exit::Success)
}
