// The parts of a synthetic issue around the stories: image lines, sponsor blocks, job postings,
// footers and dates. Shapes follow the seeds (see /work/shared/seeds/README.md).
import { MONTHS } from '../lib/dates'
import type { Random } from './synth-random'
import type { SynthJob } from './synth-model'

const DAY_MS = 86_400_000
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** `YYYY-MM-DD` shifted by whole days; UTC arithmetic, so no time zone or clock is involved. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** "Wednesday, March 24, 2021" */
export function longDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}

/** "4_7": the month_day marker that opens seed 000. */
export function monthDayMarker(isoDate: string): string {
  return `${Number(isoDate.slice(5, 7))}_${Number(isoDate.slice(8, 10))}`
}

const STRUCTURAL_WORDS = new Set(['news', 'jobs', 'job', 'careers'])

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A screenshot file name as the email export prints it: `Screen Shot 2021-01-13 at 10.56.40 AM copy`. */
export function screenshotName(random: Random, isoDate: string): string {
  const suffix = random.chance(0.6) ? ' copy' : ''
  return `Screen Shot ${isoDate} at ${random.int(1, 12)}.${pad(random.int(0, 59))}.${pad(random.int(0, 59))} ${random.pick(['AM', 'PM'])}${suffix}`
}

/**
 * An image line in one of the shapes the seeds show: `BLUR TG`, `SEER (1)`, `upmix`, `Gif 1-1`,
 * `ezgif.com-gif-maker - 2021-03-30T133105.644`, screenshots, `The Batch (1)-1`.
 */
export function imageName(
  random: Random,
  isoDate: string,
  hint: { system: string; noun: string },
): string {
  const style = random.weighted([
    ['tg', 5],
    ['numbered', 3],
    ['lower', 2],
    ['screenshot', 2],
    ['ezgif', 2],
    ['gif', 1],
    ['artboard', 1],
  ] as const)
  switch (style) {
    case 'tg':
      return `${random.pick([hint.noun, hint.system]).toUpperCase()} TG`
    case 'numbered':
      return `${hint.system.toUpperCase()} (${random.int(1, 4)})`
    case 'lower': {
      // A bare `news` or `jobs` would read as a section heading, which no real image name is.
      const word = hint.noun.toLowerCase()
      const suffixes = STRUCTURAL_WORDS.has(word)
        ? ['gif', '-v2', '_final']
        : ['', 'gif', '-v2', '_final']
      return word + random.pick(suffixes)
    }
    case 'screenshot':
      return screenshotName(random, addDays(isoDate, -random.int(0, 2)))
    case 'ezgif':
      return `ezgif.com-gif-maker - ${addDays(isoDate, -random.int(1, 8))}T${pad(random.int(8, 19))}${pad(random.int(0, 59))}${pad(random.int(0, 59))}.${pad(random.int(0, 999), 3)}`
    case 'gif':
      return `Gif ${random.int(1, 3)}-${random.int(1, 3)}`
    case 'artboard':
      return `Artboard ${random.int(1, 4)} – ${random.int(1, 4)}`
  }
}

/** The image line that introduces a sponsor block: course artwork rather than story art. */
export function sponsorImageName(random: Random, isoDate: string): string {
  return random.pick([
    `The Batch (${random.int(1, 3)})-${random.int(1, 3)}`,
    `Gif ${random.int(1, 3)}-${random.int(1, 3)}`,
    screenshotName(random, isoDate),
    `Artboard ${random.int(1, 4)} – ${random.int(1, 4)}`,
  ])
}

const courses = [
  'Generative Deep Learning with TensorFlow',
  'Machine Learning Engineering for Production (MLOps)',
  'Natural Language Processing with Attention Models',
  'AI for Medical Diagnosis',
  'Generative AI for Everyone',
  'Building Systems with the ChatGPT API',
  'Convolutional Neural Networks',
]
const programs = [
  'TensorFlow: Advanced Techniques Specialization',
  'Deep Learning Specialization',
  'Machine Learning Specialization',
  'Natural Language Processing Specialization',
  'AI for Medicine Specialization',
]

/** One or two sponsor paragraphs; events are dated a week or two after the issue. */
export function sponsorParagraphs(random: Random, isoDate: string): string[] {
  const course = random.pick(courses)
  const program = random.pick(programs)
  const first = random.pick([
    `“${course},” Course ${random.int(1, 5)} of our ${program}, is now available on Coursera. Enroll now`,
    `We’ve updated our ${program} with the latest advances. The new program includes “${course}” and more. Enroll now`,
    `You’re invited to a special presentation by Dr. Andrew Ng on ${longDate(addDays(isoDate, random.pick([7, 14])))}. Learn about the skills required for the next generation of AI careers. Register now`,
    `Want to go further with machine learning? “${course}” will teach you how, with hands-on labs and expert instructors. Enroll today`,
    `Complete an assessment by ${longDate(addDays(isoDate, 21))} to qualify for a virtual coffee chat with Andrew Ng! Learn more`,
  ])
  if (!random.chance(0.2)) return [first]
  return [
    first,
    random.pick([
      'Thousands of learners have already signed up, and the first week is free.',
      'The program is taught by instructors who build AI systems for a living.',
      'Join us to learn from practitioners who have shipped models to millions of users.',
    ]),
  ]
}

const jobTitles = [
  'Senior Curriculum Developer',
  'Project Manager',
  'Machine Learning Instructor',
  'Senior Software Engineer-Front End',
  'Assessment Developer Python/SQL/R/TensorFlow (contractor)',
  'Enterprise Sales Development Representative',
  'Machine Learning Engineer',
  'Data Engineer',
  'Head of Product',
  'Technical Program Manager',
  'Community Manager',
  'Full-Stack Engineer',
]
const employers = [
  'DeepLearning.AI',
  'Workera, a DeepLearning.AI affiliate,',
  'FourthBrain.AI, an AI Fund portfolio company,',
  'Landing AI',
  'an AI Fund portfolio company',
]

/** A `Work With Andrew Ng` posting: the title is printed as a run-in label. */
export function jobPosting(random: Random, usedTitles: Set<string>): SynthJob {
  let title = random.pick(jobTitles)
  for (let tries = 0; usedTitles.has(title) && tries < 20; tries++) title = random.pick(jobTitles)
  usedTitles.add(title)
  const employer = random.pick(employers)
  const role = title.replace(/ \(.*\)$/, '').toLowerCase()
  const description = [
    `${employer.charAt(0).toUpperCase()}${employer.slice(1)} is looking for ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role} to join its team.`,
    random.pick([
      'In this role, you will work closely with engineers and AI experts to build products used by learners around the world.',
      'You will lead projects from idea to launch, track progress, and resolve problems as they arise.',
      'Your skill as a communicator and your technical grasp of AI will be critical assets.',
      'The ideal candidate is comfortable in a fast-paced startup environment.',
    ]),
    random.chance(0.5) ? 'Apply here' : '',
  ]
  return { title, description: description.filter(Boolean).join(' ') }
}

/** Footer lines after `Subscribe and view previous issues here.`; the copyright dates the issue. */
export function footerLines(random: Random, isoDate: string): string[] {
  const year = isoDate.slice(0, 4)
  const full = random.chance(0.6)
  const lines = [
    'Subscribe and view previous issues here.',
    full
      ? 'Thoughts, suggestions, feedback? Please send to thebatch@deeplearning.ai. Avoid our newsletter ending up in your spam folder by adding our email address to your contacts list.'
      : 'Thoughts, suggestions, feedback? Please send to Avoid our newsletter ending up in your spam folder by adding our email address to your contacts list.',
    `Copyright ${year} DeepLearning.AI, 195 Page Mill Road, Suite 115, Palo Alto, CA 94306, United States. All rights reserved.`,
    full ? '\u00a0facebook-dark twitter-dark linkedin\u00a0' : '  Behance tw link  ',
  ]
  if (full) lines.push('DeepLearning.AI')
  lines.push('195 Page Mill Road', 'Suite 115', 'Palo Alto CA 94306 United States')
  if (full) lines.push('Not rendering correctly? View this email as a web page here.')
  return lines
}
