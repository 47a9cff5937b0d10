// The naive layout for the load bench, modelled in front of the unchanged app: the bench copies
// this file next to a built index.html and loads it (a deferred classic script, so it runs before
// the app's module script, and an external same-origin file, so the CSP's `script-src 'self'`
// allows it). It fetches the whole corpus as one JSON file, corpus/all.json ({ "corpus/<path>":
// <that file's JSON> }), as soon as it runs, and answers every page fetch of a corpus/*.json file
// from it once it has arrived and been parsed, as an app that loads everything at start would.
// The fetch starts before the app's own code has run, so if anything this favours the naive app.
// The search worker has its own fetch and still asks the server for the index and issue bodies:
// the naive app would have them already, so the naive figures after a search slightly overcount.
// Plain JavaScript on purpose: it is served as is, without a build step.
;(() => {
  // The script lives at the app's base URL (e.g. /reader/naive-corpus.js).
  const base = new URL('.', document.currentScript?.src ?? location.href).href
  const corpusPrefix = `${base}corpus/`
  const pageFetch = window.fetch.bind(window)
  const corpus = pageFetch(`${base}corpus/all.json`).then((response) => {
    if (!response.ok) throw new Error(`naive corpus: corpus/all.json answered ${response.status}`)
    return response.json()
  })
  // Not a failed load the page never asked for: a page fetch that needs it rejects instead.
  corpus.catch(() => undefined)

  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    const href = `${url.origin}${url.pathname}`
    if (!href.startsWith(corpusPrefix) || !href.endsWith('.json')) return pageFetch(input, init)
    const key = href.slice(base.length)
    return corpus.then((parts) =>
      Object.hasOwn(parts, key)
        ? new Response(JSON.stringify(parts[key]), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          })
        : new Response(`not in corpus/all.json: ${key}`, { status: 404 }),
    )
  }
})()
