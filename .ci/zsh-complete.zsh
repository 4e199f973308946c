#!/usr/bin/env zsh
# .ci/zsh-complete.zsh SCRIPT LINE: prints, one a line, the completions zsh offers at the end of
# LINE after sourcing the completion SCRIPT. An interactive zsh runs in a pseudo-terminal
# (zsh/zpty), a Tab is typed after LINE, and a wrapped compadd prints each match it is given.
zmodload zsh/zpty || { echo 'zsh-complete: no zsh/zpty module' >&2; exit 2 }
script=$1 line=$2
setup=$(mktemp)
trap 'rm -f $setup; zpty -d complete 2>/dev/null' EXIT
cat > $setup <<SETUP
PROMPT=''
autoload -U compinit && compinit -u -D
source ${(q)script}
bindkey '^I' complete-word
compadd() {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "\$@"; return; fi
    local -a __hits
    builtin compadd -A __hits "\$@"
    (( \$#__hits )) && print -rl -- "" "MATCH:"\${^__hits}
    builtin compadd "\$@"
}
comppostfuncs=(exit)
print READY
SETUP
zpty complete zsh -f -i
zpty -w complete "source ${(q)setup}"
local out
repeat 50; do
    zpty -r -t complete out 2>/dev/null || { sleep 0.1; continue }
    [[ $out == READY* ]] && break
done
zpty -w -n complete "$line"$'\t'
local all=''
repeat 100; do
    if zpty -r -t complete out 2>/dev/null; then all+=$out; else sleep 0.05; fi
    zpty -t complete 2>/dev/null || break
done
while zpty -r -t complete out 2>/dev/null; do all+=$out; done
print -r -- ${all//$'\r'/} | sed -n 's/^MATCH://p' | sort -u
