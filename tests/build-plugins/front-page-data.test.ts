// @vitest-environment jsdom
import { frontPageDataTag, withoutFrontPageData } from '@/build-plugins/front-page-data'
import { takeEmbeddedFrontPage } from '@/corpus/embedded-front-page'

/** Puts a tag into the document as the built index.html would carry it. */
function carry(tag: NonNullable<ReturnType<typeof frontPageDataTag>>) {
  const attrs = Object.entries(tag.attrs ?? {})
    .map(([name, value]) => `${name}="${String(value)}"`)
    .join(' ')
  document.body.innerHTML = `<div id="root"></div><${tag.tag} ${attrs}>${String(tag.children)}</${tag.tag}><p id="after">after</p>`
}

describe('the front page carried in index.html', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('survives hostile text: nothing in the corpus can end the block or start markup', () => {
    const data = {
      latest: { letterExcerpt: 'Ends here </script><script>alert(1)</script> <!-- and -->' },
      latestStories: [{ headline: '<img src=x onerror=alert(1)> مرحبا 🤖', dek: '\u2028' }],
    }
    const tag = frontPageDataTag(JSON.stringify(data, null, 2))!
    expect(String(tag.children)).not.toContain('<')
    carry(tag)
    expect(document.querySelectorAll('script')).toHaveLength(1)
    expect(document.getElementById('after')).not.toBeNull()
    expect(JSON.parse(takeEmbeddedFrontPage()!)).toEqual(data)
  })

  it('is read once: the block leaves the page as it is read', () => {
    carry(frontPageDataTag('{"issueCount": 3}')!)
    expect(takeEmbeddedFrontPage()).toBe('{"issueCount":3}')
    expect(document.querySelector('script')).toBeNull()
    expect(takeEmbeddedFrontPage()).toBeNull()
  })

  it('is left out when front.json is not JSON, so the app fetches the file and says what is wrong', () => {
    expect(frontPageDataTag('{"issueCount": ')).toBeNull()
    expect(takeEmbeddedFrontPage()).toBeNull()
  })

  it('can be taken out of a page again, leaving the rest as it was', () => {
    const page = '<body>\n    <div id="root"></div>\n  </body>'
    const tag = frontPageDataTag('{"note": "</script>"}')!
    const carried = page.replace(
      '\n  </body>',
      `\n  <script type="application/json" id="${String(tag.attrs?.id)}">${String(tag.children)}</script>\n  </body>`,
    )
    expect(withoutFrontPageData(carried)).toBe(page)
  })
})
