# bash completion for daily-insights(1)                    -*- shell-script -*-

_daily_insights()
{
    local cur prev words cword
    _init_completion || return

    local commands="refresh sources articles search categories editions digest config key import-digest extract"
    local common="--profile --demo --help --version"

    # Options that take a value.
    case $prev in
        --profile | --export)
            _filedir -d
            return
            ;;
        --date | --from | --to)
            COMPREPLY=($(compgen -W "$(date +%F)" -- "$cur"))
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "md html json" -- "$cur"))
            return
            ;;
        --full-text)
            COMPREPLY=($(compgen -W "off on auto" -- "$cur"))
            return
            ;;
        --images)
            COMPREPLY=($(compgen -W "on off" -- "$cur"))
            return
            ;;
        --sort)
            COMPREPLY=($(compgen -W "relevance newest" -- "$cur"))
            return
            ;;
        --ui-language)
            COMPREPLY=($(compgen -W "en ko" -- "$cur"))
            return
            ;;
        --provider)
            COMPREPLY=($(compgen -W "openai anthropic gemini" -- "$cur"))
            return
            ;;
        --source | --url | --title | --group | --name | --emoji | --color | --description | --keywords | \
            --category | --limit | --page | --offset)
            return
            ;;
    esac

    # The command: the first word that is not an option or an option's value.
    local i command="" nargs=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile | --ui-language | --screenshot) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                else
                    ((nargs++))
                fi
                ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$common --ui-language" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options="" actions=""
    case $command in
        refresh) options="--source --force --digest" ;;
        sources)
            options="--title --group --full-text --images --edition --kind"
            actions="list add remove set move import export"
            ;;
        articles) options="--date --edition --json" ;;
        search)
            options="--from --to --category --source --edition --starred --unread --sort --limit --page --offset --no-summaries --json"
            [[ $cur == -* ]] || return # the query: nothing to complete
            ;;
        categories)
            options="--name --emoji --color --description --keywords --edition"
            actions="list add edit remove move"
            ;;
        digest) options="--date --edition --offline --force --export --briefing --format" ;;
        editions)
            options="--name --style --top --prefix --title-line --language"
            actions="list add edit remove"
            ;;
        config)
            actions="list get set"
            if [[ $nargs -eq 1 && ($prev == get || $prev == set) ]]; then
                COMPREPLY=($(compgen -W "llm.provider llm.base_url llm.model llm.temperature
                    llm.output_language llm.timeout_s llm.max_parallel llm.daily_requests llm.daily_tokens
                    general.time_zone general.refresh_on_start general.refresh_interval_min
                    general.ui_language general.close_to_tray general.auto_digest general.edition
                    editions.arxiv_move_asked fetch.max_concurrent
                    fetch.max_per_host fetch.timeout_s fetch.max_bytes" -- "$cur"))
                return
            fi
            ;;
        key)
            options="--provider"
            actions="set status delete"
            ;;
        import-digest) ;;
        extract) options="--url --json" ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$common $options" -- "$cur"))
    elif [[ -n $actions && $nargs -eq 0 ]]; then
        COMPREPLY=($(compgen -W "$actions" -- "$cur"))
    else
        _filedir
    fi
} &&
    complete -F _daily_insights daily-insights

# ex: filetype=sh
