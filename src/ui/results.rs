//! The results screen: summary, per-medicine view, the engine's sections, values, readiness,
//! questions, actions (print, link, remember), answers, sources and the about box.

use super::blocks::{cites, SectionView};
use super::print_summary::PrintSummary;
use super::use_cat;
use super::values_view::{SureView, ValuesView};
use crate::answers::{self, step_title};
use crate::content::Msg;
use crate::engine::{explain, Explanation, SectionId};
use crate::evidence::Evidence;
use crate::platform::page;
use crate::profile::{Drug, Profile, Screen};
use crate::state::{Action, CopyStatus, DrugView, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: State,
    pub dispatch: Callback<Action>,
    pub oncopy: Callback<()>,
    pub share_url: AttrValue,
}

fn drug_label(d: Drug) -> Msg {
    match d {
        Drug::Baricitinib => Msg::DrugBaricitinib,
        Drug::Ritlecitinib => Msg::DrugRitlecitinib,
        Drug::Deuruxolitinib => Msg::DrugDeuruxolitinib,
    }
}

#[function_component(ResultsScreen)]
pub fn results_screen(p: &ResultsProps) -> Html {
    let cat = use_cat();
    let ev = Evidence::bundled();
    let s = &p.state;
    let ex: Rc<Explanation> = {
        let (profile, drugs) = (s.profile.clone(), s.clinic.drugs.clone());
        use_memo((profile, drugs), move |(profile, drugs)| {
            explain(profile, &Evidence::bundled(), &cat, drugs)
        })
    };
    let d = p.dispatch.clone();
    let onchange = d.reform(Action::SetProfile);
    let onask = {
        let (profile, d) = (s.profile.clone(), d.clone());
        Callback::from(move |id: &'static str| {
            let mut np = profile.clone();
            if let Some(i) = np.ask.iter().position(|a| a == id) {
                np.ask.remove(i);
            } else {
                np.ask.push(id.to_owned());
            }
            d.emit(Action::SetProfile(np));
        })
    };
    // A view for a medicine that no longer applies falls back to all.
    let view = match s.view {
        DrugView::One(dr) if !ex.drugs.contains(&dr) => DrugView::All,
        v => v,
    };

    let notices = link_notices(s, &cat);
    let jump = |id: &'static str| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            page::jump_to(id);
        })
    };
    let section = |id: SectionId| -> Html {
        match ex.section(id) {
            Some(sec) => html! {
                <SectionView section={sec.clone()} ex={ex.clone()} {view} asked={s.profile.ask.clone()}
                    onask={onask.clone()} cat={cat} />
            },
            None => html! {},
        }
    };
    let mut toc: Vec<(&'static str, String)> = ex
        .sections
        .iter()
        .filter(|x| x.id != SectionId::Questions)
        .map(|x| (x.id.anchor(), x.title.clone()))
        .collect();
    toc.push(("values", cat.get(Msg::SecValues).into()));
    toc.push(("sure", cat.get(Msg::SecSure).into()));
    if let Some(q) = ex.section(SectionId::Questions) {
        toc.push(("questions", q.title.clone()));
    }
    toc.push(("sources", cat.get(Msg::ResultsSourcesTitle).into()));

    html! {
        <main id="main" class="page results" tabindex="-1">
            <div class="screen-only">
                <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::ResultsTitle) }</h1>
                <p class="intro">{ cat.get(Msg::ResultsIntro) }</p>
                { notices }
                <section class="summary" aria-labelledby="h-summary">
                    <h2 id="h-summary">{ cat.get(Msg::ResultsSummaryTitle) }</h2>
                    <ol>{ for ex.summary.iter().map(|t| html! { <li>{ t.text.clone() }{ cites(&ex, &t.cites, &cat) }</li> }) }</ol>
                </section>
                if let Some(note) = &ex.focus_note { <p class="notice">{ note.clone() }</p> }
                if ex.drugs.len() > 1 { { view_switch(&ex.drugs, view, &d, &cat) } }
                <nav class="toc" aria-labelledby="h-toc">
                    <h2 id="h-toc">{ cat.get(Msg::ResultsContents) }</h2>
                    <ul>
                        { for toc.into_iter().map(|(id, title)| html! {
                            <li><a href={format!("#{id}")} onclick={jump(id)}>{ title }</a></li>
                        }) }
                    </ul>
                </nav>
                { for [SectionId::Benefits, SectionId::Warning, SectionId::LifeStage, SectionId::Risks,
                       SectionId::Options, SectionId::Checklist, SectionId::Expect].into_iter().map(section) }
                <ValuesView profile={s.profile.clone()} drugs={ex.drugs.clone()} onchange={onchange.clone()} />
                <SureView profile={s.profile.clone()} onchange={onchange.clone()} />
                { section(SectionId::Questions) }
                { actions(p, &cat) }
                { answers_view(&s.profile, &d, &cat) }
                <section class="result-section sources" id="sources" aria-labelledby="h-sources">
                    <h2 id="h-sources" tabindex="-1">{ cat.get(Msg::ResultsSourcesTitle) }</h2>
                    <ol>
                        { for ex.sources.iter().enumerate().filter_map(|(i, src)| ev.sources.get(*src).map(|src| html! {
                            <li id={format!("src-{}", i + 1)} tabindex="-1">
                                { src.citation }
                                if let Some(u) = src.url {
                                    {" "}<a href={u} rel="noreferrer noopener" target="_blank">
                                        { cat.get(Msg::ResultsSourceLink) }
                                        <span class="visually-hidden">{" "}{ cat.get(Msg::A11yNewWindow) }</span>
                                    </a>
                                }
                            </li>
                        })) }
                    </ol>
                </section>
                { about(&ev, &cat) }
                { clinic_contact(s, &cat) }
            </div>
            <PrintSummary profile={s.profile.clone()} ex={ex.clone()} {view} />
        </main>
    }
}

fn link_notices(s: &State, cat: &crate::content::Catalog) -> Html {
    use crate::share_link::DecodeError;
    if s.link_errors.is_empty() {
        return html! {};
    }
    let version = s.link_errors.contains(&DecodeError::UnknownVersion);
    let keys: Vec<String> = s
        .link_errors
        .iter()
        .filter(|e| **e != DecodeError::UnknownVersion)
        .map(|e| key_label(e.key(), cat))
        .collect();
    html! {
        <div class="notice warning" role="alert">
            if !keys.is_empty() {
                <p>{ cat.fill(Msg::ResultsLinkErrors, &[("keys", &keys.join(cat.get(Msg::WordsListSep)))]) }</p>
            }
            if version { <p>{ cat.get(Msg::ResultsLinkVersion) }</p> }
        </div>
    }
}

/// A link key as the question it belongs to ("smoke" → "Smoking").
fn key_label(key: &str, cat: &crate::content::Catalog) -> String {
    let m = match key {
        "age" => Msg::AnswerAge,
        "sex" => Msg::AnswerSex,
        "preg" => Msg::AnswerPreg,
        "contra" => Msg::AnswerContra,
        "travel" => Msg::AnswerTravel,
        "meno" => Msg::AnswerMeno,
        "hrt" => Msg::AnswerHrt,
        "smoke" => Msg::AnswerSmoke,
        "packyrs" => Msg::AnswerPackyrs,
        "quit15" => Msg::AnswerQuit15,
        "cv" => Msg::AnswerCv,
        "cancer" => Msg::AnswerCancer,
        "inf" => Msg::AnswerInf,
        "eczema" => Msg::AnswerEczema,
        "shingrix" => Msg::AnswerShingrix,
        "aa" => Msg::AnswerAa,
        "dur" => Msg::AnswerDur,
        "brows" => Msg::AnswerBrows,
        "lashes" => Msg::AnswerLashes,
        "matters" | "msome" | "mnot" => Msg::QValuesTitle,
        "sure" => Msg::SecSure,
        "ask" => Msg::SecQuestions,
        _ => return key.to_owned(),
    };
    cat.get(m).to_owned()
}

fn view_switch(
    drugs: &[Drug],
    view: DrugView,
    d: &Callback<Action>,
    cat: &crate::content::Catalog,
) -> Html {
    let mut options: Vec<(DrugView, &'static str)> =
        vec![(DrugView::All, cat.get(Msg::ResultsViewAll))];
    options.extend(
        drugs
            .iter()
            .map(|dr| (DrugView::One(*dr), cat.get(drug_label(*dr)))),
    );
    html! {
        <fieldset class="view-switch">
            <legend>{ cat.get(Msg::ResultsViewLabel) }</legend>
            <div class="segmented">
                { for options.into_iter().enumerate().map(|(i, (v, label))| {
                    let id = format!("view-{i}");
                    html! {
                        <label for={id.clone()} class={classes!("segment", (v == view).then_some("selected"))}>
                            <input type="radio" name="view" id={id} checked={v == view}
                                onchange={d.reform(move |_: Event| Action::SetView(v))} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

fn actions(p: &ResultsProps, cat: &crate::content::Catalog) -> Html {
    let s = &p.state;
    let d = &p.dispatch;
    let remember = s.remember;
    html! {
        <section class="result-section actions-box" aria-labelledby="h-actions">
            <h2 id="h-actions" class="visually-hidden">{ cat.get(Msg::ResultsPrint) }</h2>
            <div class="actions">
                <button type="button" class="primary" onclick={Callback::from(|_| page::print())}>{ cat.get(Msg::ResultsPrint) }</button>
                <button type="button" class="secondary" onclick={p.oncopy.reform(|_| ())}>{ cat.get(Msg::ResultsCopyLink) }</button>
            </div>
            <div aria-live="polite">
                if s.copy == Some(CopyStatus::Copied) { <p class="notice">{ cat.get(Msg::ResultsCopied) }</p> }
                if s.copy == Some(CopyStatus::Failed) {
                    <div class="notice warning">
                        <p>{ cat.get(Msg::ResultsCopyFailed) }</p>
                        <label class="visually-hidden" for="share-url">{ cat.get(Msg::ResultsCopyLink) }</label>
                        <input id="share-url" type="text" readonly=true value={p.share_url.clone()} class="share-url" />
                    </div>
                }
            </div>
            <p class="help">{ cat.get(Msg::ResultsLinkExplain) }</p>
            <div class="remember">
                <label class="option" for="remember">
                    <input type="checkbox" id="remember" checked={remember}
                        aria-describedby="remember-help"
                        onchange={d.reform(move |_: Event| Action::SetRemember(!remember))} />
                    <span>{ cat.get(Msg::ResultsRemember) }</span>
                </label>
                <p class="help" id="remember-help">{ cat.get(Msg::ResultsRememberHelp) }</p>
                <button type="button" class="secondary" onclick={d.reform(|_| Action::Forget)}>{ cat.get(Msg::ResultsForget) }</button>
            </div>
        </section>
    }
}

fn answers_view(p: &Profile, d: &Callback<Action>, cat: &crate::content::Catalog) -> Html {
    let lines = answers::lines(p, cat);
    let steps = crate::questionnaire::steps(p);
    html! {
        <section class="result-section answers" id="answers" aria-labelledby="h-answers">
            <h2 id="h-answers" tabindex="-1">{ cat.get(Msg::ResultsAnswersTitle) }</h2>
            { for steps.into_iter().map(|step| {
                let title = cat.get(step_title(step));
                html! {
                    <div class="answer-group">
                        <h3>{ title }</h3>
                        <dl>
                            { for lines.iter().filter(|l| l.step == step).map(|l| html! {
                                <div class="answer"><dt>{ l.label }</dt><dd>{ l.value.clone() }</dd></div>
                            }) }
                        </dl>
                        <button type="button" class="link" onclick={d.reform(move |_| Action::GoTo(Screen::Step(step)))}>
                            { cat.get(Msg::NavChange) }<span class="visually-hidden">{": "}{ title }</span>
                        </button>
                    </div>
                }
            }) }
        </section>
    }
}

fn about(ev: &Evidence, cat: &crate::content::Catalog) -> Html {
    html! {
        <section class="result-section about" id="about" aria-labelledby="h-about">
            <h2 id="h-about">{ cat.get(Msg::ResultsAboutTitle) }</h2>
            <p>{ cat.fill(Msg::ResultsReviewed, &[("date", ev.meta.last_reviewed), ("next", ev.meta.next_review)]) }{" "}
               { cat.fill(Msg::ResultsProduced, &[("date", ev.meta.produced)]) }</p>
            <p>{ cat.get(Msg::ResultsUpdatePolicy) }</p>
            <p>{ cat.get(Msg::ResultsFunding) }</p>
            <p>{ cat.get(Msg::ResultsPrivacy) }</p>
        </section>
    }
}

pub fn clinic_contact(s: &State, cat: &crate::content::Catalog) -> Html {
    let c = &s.clinic;
    html! {
        <>
            if let (Some(name), Some(phone)) = (&c.name, &c.phone) {
                <p class="clinic">
                    { cat.fill(Msg::ResultsClinicContact, &[("clinic", name), ("phone", phone)]) }
                </p>
            }
            if let Some(url) = &c.portal_url {
                <p class="clinic">
                    <a href={url.clone()} rel="noreferrer noopener" target="_blank">
                        { cat.get(Msg::ResultsClinicPortal) }
                        <span class="visually-hidden">{" "}{ cat.get(Msg::A11yNewWindow) }</span>
                    </a>
                </p>
            }
        </>
    }
}
