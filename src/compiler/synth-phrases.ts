// Sentence templates for synthetic stories. `{slot}` is filled from the story's cast (see
// synth-story.ts); `{Slot}` capitalizes the value. No template has a colon in its first words,
// because a short phrase ending in a colon at the start of a line reads as a section label.

export const organizations = [
  'Google',
  'Meta',
  'OpenAI',
  'Microsoft',
  'Nvidia',
  'Amazon',
  'Baidu',
  'Alibaba',
  'DeepMind',
  'Anthropic',
  'Hugging Face',
  'Stability AI',
  'Mistral',
  'Apple',
  'IBM',
  'Samsung',
  'Tencent',
  'Landing AI',
  'Cohere',
  'Intel',
  'AMD',
  'Salesforce',
  'Sony',
  'Huawei',
] as const

export const universities = [
  'Stanford',
  'MIT',
  'Carnegie Mellon',
  'UC Berkeley',
  'Tsinghua University',
  'Oxford',
  'ETH Zurich',
  'the University of Toronto',
  'KAIST',
  'the University of Washington',
  'Mila',
  'the University of Tokyo',
  'Princeton',
  'Cornell',
  'Heinrich Heine University Düsseldorf',
  'The Ohio State University',
  'the Allen Institute for AI',
  'Peking University',
] as const

export const firstNames = [
  'Priya',
  'Juntang',
  'Drew',
  'Sangdoo',
  'Thai-Hoang',
  'Jan',
  'Mingxing',
  'Ruoming',
  'Fei',
  'Amara',
  'Lucas',
  'Sofia',
  'Kenji',
  'Aisha',
  'Mateo',
  'Ingrid',
  'Rahul',
  'Chen',
  'Olga',
  'Tomás',
  'Yuki',
  'Noor',
  'Emeka',
  'Hannah',
  'Diego',
  'Leila',
  'Wei',
  'Marta',
] as const

export const lastNames = [
  'Goyal',
  'Zhuang',
  'Hudson',
  'Yun',
  'Pham',
  'Robine',
  'Tan',
  'Pang',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Haddad',
  'García',
  'Kowalski',
  'Iyer',
  'Li',
  'Petrova',
  'Silva',
  'Adeyemi',
  'Fischer',
  'Rahman',
  'Costa',
  'Park',
  'Novak',
  'Mensah',
  'Ortiz',
  'Zhang',
] as const

export const publications = [
  'Wired',
  'MIT Technology Review',
  'The Verge',
  'Reuters',
  'Bloomberg',
  'VentureBeat',
  'The Information',
  'Nature',
  'Science',
  'The New York Times',
  'The Wall Street Journal',
  'Financial Times',
  'The Markup',
  'Rest of World',
] as const

export const places = [
  'the U.S.',
  'the European Union',
  'China',
  'India',
  'the UK',
  'Japan',
  'Brazil',
  'Canada',
  'South Korea',
  'Nigeria',
  'Germany',
  'Singapore',
] as const

/** Halves of invented system names: "Omni" + "Former" -> "OmniFormer". */
export const systemPrefixes = [
  'Deep',
  'Omni',
  'Sparse',
  'Hyper',
  'Lumi',
  'Robo',
  'Med',
  'Vox',
  'Geo',
  'Poly',
  'Nano',
  'Meta',
  'Quanta',
  'Astra',
  'Terra',
  'Echo',
  'Nova',
  'Flux',
  'Sage',
  'Orbit',
] as const
export const systemSuffixes = [
  'Net',
  'Former',
  'Vision',
  'Gen',
  'Mind',
  'Sight',
  'Speak',
  'Grasp',
  'Lens',
  'Flow',
  'Scope',
  'Coder',
  'Bot',
  'Chip',
  'Label',
  'Planner',
  'Voice',
  'Scan',
] as const

/** What the story reports: the opening sentence of "What's new". */
export const whatsNewOpeners = [
  '{Researcher} and colleagues at {uni} developed {system}, {architecture} that learns to {task}.',
  '{Org} unveiled {system}, {architecture} designed to {task}.',
  '{Org} is using {architecture} to {task}, {pub} reported.',
  'Researchers at {uni} and {org} introduced {system}, which they trained to {task}.',
  'A team led by {researcher} at {uni} showed that {architecture} can {task} with far less training data than earlier approaches.',
  '{Org} released {system}, an open-source model that can {task}, along with the code used to train it.',
  'Regulators and companies in {place} are grappling with how {subject} should be used in {application}, according to {pub}.',
  '{Org} announced that it will deploy {system} to {task} across its products in {place}.',
] as const

/** Openers for policy and business stories, which are about decisions rather than new systems. */
export const newsOpeners = [
  '{Org} said it will use {architecture} to {task} in {place}, according to {pub}.',
  '{Stakeholders} in {place} are debating plans to {task}, {pub} reported.',
  'A new report from {uni} examines efforts to {task} in {application}.',
  'Regulators and companies in {place} are grappling with how {subject} should be used in {application}, according to {pub}.',
  '{Org} and {org2} are racing to {task}, with {stakeholders} watching closely.',
] as const

/** More on what is new; any order. */
export const whatsNewMore = [
  'The work builds on a line of research into {subject} that dates back more than a decade.',
  'The company said the system is already in use by a small group of customers in {application}.',
  'The authors describe their approach in a paper that has not yet been peer reviewed.',
  'The announcement comes amid intense competition among developers of {subject}.',
  'Unlike earlier systems, {system} does not need a fresh batch of {unit} for every new task.',
  'The team released the model’s weights under a license that permits commercial use.',
  'Early users in {application} reported that the system saved them hours each week.',
  'The project involved {n} researchers and took roughly {n} months to complete.',
  'A demo video shows the system working in real time on ordinary hardware.',
  '{Org} plans to offer the technology to outside developers through an API.',
  'The system is available now in {place}, with other regions to follow.',
  'The researchers shared their training data so others can verify the results.',
] as const

/** The idea behind a research result. */
export const keyInsights = [
  'Models for {subject} often waste capacity on details that don’t matter for the task at hand, and a simpler architecture that focuses on the essentials can do as well with less compute.',
  'Large models pretrained on vast amounts of uncurated data have transformed other fields, so {subject} should benefit likewise from scale.',
  'If a model can predict what it is about to see, it can learn useful representations without any labels at all.',
  'Labels produced by a stronger teacher model carry more information than a single human label, because they capture uncertainty and multiple plausible answers.',
  'Breaking a hard problem into smaller steps, each handled by a specialized component, makes the whole system easier to train and to debug.',
  'Errors in the training data tend to cluster in a few categories, so cleaning those categories first yields most of the benefit.',
  'Compressing the input into a compact representation before making predictions reduces the number of parameters the rest of the system needs.',
  'Training on a mix of real and synthetic {unit} can cover rare situations that are expensive or dangerous to collect in the real world.',
] as const

/** A sentence that introduces a list of steps. */
export const howItWorksLeads = [
  'The authors trained {system} on {big} {unit} drawn from {dataset}.',
  '{System} is built on {architecture} and was trained in several stages.',
  'The team started with {baseline} and modified it in a few key ways.',
  'Given a stream of {unit}, the system processes them in three stages.',
  'The approach combines {architecture} with a separate model that scores its outputs.',
  '{Org} fine-tuned a pretrained model on {big} {unit} collected from {application}.',
] as const

/** One step of a method, as a bullet. */
export const methodBullets = [
  'The researchers pretrained the model on {dataset}, then fine-tuned it on a smaller set of {unit} labeled by experts.',
  'To reduce errors, they filtered out {unit} that a separate classifier judged to be low quality.',
  'During training, the model learned to predict masked portions of its input, a self-supervised task that requires no labels.',
  'A second network evaluated each candidate output and passed only the most promising ones to the next stage.',
  'The authors augmented the data by cropping, rotating and adding noise, which made the model more robust to real-world conditions.',
  'They used {n} GPUs over {n} days, a modest budget by the standards of {subject}.',
  'At inference, the system processes each input in a few milliseconds, fast enough for use in {application}.',
  'The team compared several variants of the architecture and kept the one that performed best on a held-out validation set.',
  'Human reviewers checked a random sample of the outputs and corrected mistakes, and the corrections were fed back into training.',
  'The model was distilled into a smaller version that runs on a single consumer GPU.',
  '{Stakeholders} rated the outputs on a five-point scale, and the ratings were used to train a reward model.',
  'The researchers held out {pct} percent of the data to test how well the model generalized to examples it had not seen.',
  'The system breaks each input into small patches and processes them in parallel, which keeps memory use in check.',
  'To keep the model from memorizing its training set, the authors added noise to its intermediate representations.',
  'The authors balanced the data so that rare categories appeared as often as common ones.',
  'A lightweight filter discarded duplicates, which made up roughly {pct} percent of the raw collection.',
] as const

/** A factual bullet for news stories: events, players, numbers. */
export const newsBullets = [
  '{Org} said it had used the technology in {application} for more than a year before making it public.',
  'In {place}, {stakeholders} have raised concerns about {concern}.',
  'A spokesperson for {org} said the company takes {concern} seriously and is reviewing its practices.',
  '{Org2} announced a competing effort the same week, promising similar capabilities at a lower price.',
  'According to {pub}, at least {n} companies are testing similar systems in {application}.',
  'An independent analysis found that the system’s {metric} dropped sharply on data from {place}.',
  'Funding for startups working on {subject} reached ${n} billion last year, according to industry estimates.',
  'Several {stakeholders} interviewed by {pub} said the tools had changed how they work, for better and worse.',
  'The rollout began in {place} and is expected to expand to other markets next year.',
  'Critics pointed out that the company has not published details about how the system was evaluated.',
  '{Stakeholders} in {place} will be among the first to use the system, according to a company blog post.',
  'The company has hired {n} engineers for the project over the past year.',
  '{Org2} declined to comment on whether it would match the offer.',
  'Internal documents reviewed by {pub} suggest the rollout was delayed twice over concerns about {concern}.',
  'Usage grew by {pct} percent in the first three months, the company said.',
  'A coalition of {stakeholders} published an open letter calling for more transparency.',
] as const

/** A sentence that opens a news section followed by a list of developments. */
export const newsLeads = [
  'The effort unfolded in several stages over the past year.',
  'The report, based on interviews with {n} {stakeholders}, describes a fast-moving and sometimes chaotic rollout.',
  'The findings paint a mixed picture of {subject} in {application}.',
  'Several developments came together in recent weeks.',
  '{Org}’s plans became clearer in a series of announcements.',
  'The document, which draws on data from {n} countries, covers everything from research output to investment. Some highlights:',
] as const

/** Results: numbers against a baseline. */
export const resultSentences = [
  '{System} achieved {pct} percent {metric} on {dataset}, {pct2} percentage points better than {baseline}.',
  'On the standard benchmark, the system outperformed {baseline} while using roughly a tenth of the parameters.',
  'In tests with {stakeholders}, the system’s outputs were preferred {pct} percent of the time.',
  'The model matched the performance of {baseline} on most of the {n} tasks in the suite and beat it on several.',
  'Training took {n} hours, compared with several days for comparable systems.',
  'Performance fell on {unit} that differed from the training data, though it remained ahead of the baseline.',
  'The authors report that errors dropped by {pct} percent compared with the previous state of the art.',
  'Gains were largest on the hardest examples, where earlier methods struggled most.',
  'Human evaluators could distinguish the system’s output from human work only {pct} percent of the time.',
  'The smallest version of the model ran {n} times faster than {baseline} with a modest drop in {metric}.',
  'The team found that doubling the training data improved results more than doubling the model size.',
  'Results varied widely across subsets of {dataset}, a sign that the benchmark may hide weaknesses.',
] as const

/** Context: history and related efforts. */
export const behindTheNewsSentences = [
  'Efforts to apply machine learning to {application} go back years, but early systems were too brittle for everyday use.',
  'Earlier this year, {org2} published a similar system that drew criticism over {concern}.',
  'Researchers have debated for years whether {subject} needs ever-larger models or better data.',
  'In {year}, a landmark paper from {uni} showed that {architecture} could rival hand-engineered systems in {subject}.',
  'Several governments, including those of {place} and {place2}, are considering rules that would affect how such systems are deployed.',
  'The field has seen a wave of investment since {year}, when the first commercial products in {subject} reached the market.',
  'A number of open-source projects offer similar capabilities, though most lack the scale of {org}’s effort.',
  'The idea of using {architecture} for this problem was first proposed in {year} but fell out of favor for years.',
  '{Org2} and {org} have competed in {subject} for much of the past decade.',
  'Public interest in {subject} surged after a series of viral demonstrations last year.',
  'Previous attempts at {application} stalled because collecting enough {unit} proved too expensive.',
] as const

/** Why the story matters to practitioners and the public. */
export const whyItMattersSentences = [
  '{Subject} could transform {application}, but only if {stakeholders} trust the results.',
  'Cheaper, smaller models put state-of-the-art work in {subject} within reach of teams that don’t have a data center at their disposal.',
  'The work shows that progress in AI doesn’t always require more data and compute; sometimes a better idea is enough.',
  'Systems like this affect the lives of ordinary people, so it matters that they work well for everyone, not just the majority.',
  'Faster training means more time to experiment, and experimentation is where most breakthroughs come from.',
  'As {subject} moves from the lab into {application}, questions about {concern} will only grow more pressing.',
  'For machine learning engineers, the lesson is that careful attention to data can pay off as much as a new architecture.',
  'Companies in {application} have struggled to adopt AI, and approaches like this could lower the barrier.',
  'The findings suggest that many existing systems are underperforming for reasons that are easy to fix.',
  'Public trust in AI depends on systems that behave predictably, especially in high-stakes settings like {application}.',
  'If the approach generalizes, it could reshape how teams budget for data and compute.',
] as const

/** Caveats. */
export const yesButSentences = [
  'The system still stumbles on {unit} that look unlike anything in its training data.',
  'The authors didn’t release their code, which makes the results difficult to reproduce.',
  '{Baseline} still outperformed the new approach on several of the benchmark’s subtasks.',
  'The evaluation involved only {n} {stakeholders}, too few to draw firm conclusions.',
  'Critics argue that the benchmark no longer reflects how such systems are used in practice.',
] as const

/** The other side's answer in a news story. */
export const responseSentences = [
  '{Org} denied the report’s central claims and said it had invested heavily in {concern}.',
  'The company said it would publish an independent audit of the system later this year.',
  'Advocacy groups welcomed the move but said it did not go far enough.',
  'Officials in {place} said they would study the findings before deciding whether to act.',
] as const

/** Neutral sentences that extend any paragraph section without changing its subject. */
export const elaborations = [
  'That may sound like a small change, but it adds up quickly at the scale of {application}.',
  'The approach is not entirely new, yet it had never been tested at this scale.',
  'The team said it plans to extend the method to other areas of {subject}.',
  'Such systems are only as good as the data they learn from, and {unit} from {application} are notoriously messy.',
  'This kind of result tends to attract imitators, and we expect to see variations on the idea before long.',
  'The details matter here, because small choices in preprocessing can swing results by several points.',
  'Practitioners will want to know how well the technique holds up outside a carefully controlled benchmark.',
  'Much of the improvement came from engineering rather than a new algorithm, a pattern that recurs throughout machine learning.',
  'Still, {concern} remains an open problem for everyone building in this area.',
  'The developers said they had consulted {stakeholders} throughout the project to make sure it addressed real needs.',
  'A larger version of the system is in the works, according to the authors.',
  'It remains to be seen whether {stakeholders} will embrace the technology or resist it.',
  'The company did not say how much the effort cost.',
  'Independent researchers have begun testing the approach, with promising early results.',
  'Some experts cautioned that the gains might not hold up on real-world data from {application}.',
  'The authors acknowledge that their evaluation covers only a narrow slice of possible uses.',
  'For now, the technology is limited to {place}, where regulations are comparatively permissive.',
  'Observers noted that {org2} has been working on a similar project for at least a year.',
  'The work drew praise from {stakeholders}, who have long asked for better tools.',
  'It is too early to say whether the approach will become standard practice.',
  'The code runs on standard hardware, which should make it easy for others to build on.',
  'The authors attribute much of their success to careful data cleaning.',
  'A follow-up study is planned to test the system with a larger and more diverse group of {stakeholders}.',
  'Whether the results will translate into better products remains an open question.',
] as const

/** The editors' take, one to three sentences. */
export const takeSentences = [
  'We’re glad to see {subject} maturing, and we hope {stakeholders} get a say in how it is deployed.',
  'There’s more to life than optimizing test-set accuracy!',
  'Any loss of accuracy is painful, but a small loss is worthwhile if it buys {stakeholders} real protection.',
  'Simple ideas, carefully executed, continue to beat complicated ones.',
  'We look forward to seeing independent researchers put {system} through its paces.',
  'If {org} can make this work at scale, others will follow quickly.',
  'Hype is easy and trust is hard to rebuild, so it pays to be honest about what {subject} can and can’t do.',
  'The next breakthrough in {application} may come from better data rather than a bigger model.',
  'We’d love to see a version of this that runs on a laptop.',
  'Regulation that targets applications rather than the underlying technology is more likely to help than hurt.',
  'Machine learning engineers would do well to keep {concern} in mind from the first day of a project.',
  'Progress like this is a reminder that the fundamentals of machine learning still matter.',
  'We’re cautiously optimistic, and we’ll be watching how {stakeholders} respond.',
  'The best AI projects start with a real problem, and this one does.',
] as const

/** Headline patterns that work for any topic. */
export const genericHeadlines = [
  'Meet {system}',
  '{system} Raises the Bar',
  'Inside {org}’s Big Bet',
  'Less Is More for {noun}',
  'Small Model, Big {noun}',
  'A New Recipe for {noun}',
] as const

/** Deks: one sentence, sometimes followed by a second from `dekSeconds`. */
export const dekFirsts = [
  'A new model shows that {subject} can work with far less data than expected.',
  '{Org} is betting that {subject} will change {application}.',
  'Researchers found a simpler way to {task}.',
  '{Stakeholders} are embracing {subject}, but not everyone is convinced.',
  'A system built to {task} raises fresh questions about {concern}.',
  'The latest advance in {subject} came from an unexpected direction.',
  'Some {stakeholders} don’t trust a second opinion when it comes from an AI system.',
] as const
export const dekSeconds = [
  'The results could reshape how the field approaches the problem.',
  'Critics say the rollout is moving too fast.',
  'The trick lies in how the training data was prepared.',
  'A new study puts numbers to the trend.',
] as const

/** Run-in labels any feature story can use, besides its topic's own. */
export const genericRunIns = [
  'By the numbers',
  'Not everyone is convinced',
  'The catch',
  'Early returns',
  'Scaling up',
  'What’s next',
  'Critics respond',
] as const
