// Built-in prompt sets, in our own words, for the reflective models in docs/domain.md. Data, versioned
// like the rule packs: an answer keeps the set's version and the prompt's text as it was asked, so
// rewording a prompt here (and bumping `version`) never changes what was answered before.
import type { BuiltinPromptSet } from '../../contract/reflections';

export const BUILTIN_PROMPT_SETS: BuiltinPromptSet[] = [
  {
    id: 'gibbs',
    name: 'Gibbs’ reflective cycle',
    model: 'Gibbs cycle',
    version: '2026.1',
    prompts: [
      { id: 'happened', text: 'What happened, in plain words?' },
      {
        id: 'feeling',
        text: 'What were you feeling at the time, and what are you feeling now?',
      },
      { id: 'evaluation', text: 'What went well, and what did not?' },
      { id: 'analysis', text: 'Why do you think it unfolded the way it did?' },
      { id: 'alternatives', text: 'What else could you have done?' },
      { id: 'next', text: 'What will you try next time?' },
    ],
  },
  {
    id: 'seven-eyed',
    name: 'Seven-eyed model',
    model: 'Seven-eyed model (Hawkins and Shohet)',
    version: '2026.1',
    prompts: [
      {
        id: 'client',
        text: 'How was the client, as they actually were in the room?',
      },
      {
        id: 'interventions',
        text: 'What did you do, and what else might you have done?',
      },
      {
        id: 'relationship',
        text: 'What is happening between you and the client?',
      },
      { id: 'stirred', text: 'What did this case stir in you?' },
      {
        id: 'mirror',
        text: 'What in our supervision might be mirroring the case?',
      },
      {
        id: 'supervisor',
        text: 'What do I, as your supervisor, notice in myself as we talk?',
      },
      {
        id: 'context',
        text: 'What in the wider context (agency, culture, law, family) bears on this?',
      },
    ],
  },
  {
    id: 'proctor',
    name: 'Proctor’s three functions',
    model: 'Proctor’s three functions',
    version: '2026.1',
    prompts: [
      {
        id: 'normative',
        text: 'Are risk, consent, boundaries and notes in order for this case?',
      },
      {
        id: 'formative',
        text: 'What skill or knowledge does this case ask of you?',
      },
      {
        id: 'restorative',
        text: 'How are you carrying this work, and what support do you need?',
      },
    ],
  },
  {
    id: 'discrimination',
    name: 'Discrimination model',
    model: 'Bernard’s discrimination model',
    version: '2026.1',
    prompts: [
      {
        id: 'intervention',
        text: 'Intervention: what did you do, and how did it land?',
      },
      {
        id: 'conceptualization',
        text: 'Conceptualization: how do you make sense of what is going on?',
      },
      {
        id: 'personalization',
        text: 'Personalization: how is who you are shaping this work?',
      },
      {
        id: 'role',
        text: 'Which would help most now: me teaching, counseling or consulting?',
      },
    ],
  },
  {
    id: 'parallel-process',
    name: 'Parallel process',
    model: 'Parallel process',
    version: '2026.1',
    prompts: [
      {
        id: 'feeling-with',
        text: 'Am I feeling with you what you feel with the client?',
      },
      {
        id: 'stuck',
        text: 'Are we stuck in the same way you and the client are?',
      },
      {
        id: 'pattern',
        text: 'What pattern from the case might be showing up between us?',
      },
    ],
  },
  {
    id: 'alliance',
    name: 'The working alliance',
    model: 'Working alliance (goals, tasks, bond)',
    version: '2026.1',
    prompts: [
      {
        id: 'goals',
        text: 'Goals: do we agree on what supervision is for right now?',
      },
      {
        id: 'tasks',
        text: 'Tasks: are the ways we work together helping you get there?',
      },
      {
        id: 'bond',
        text: 'Bond: how safe does it feel to bring your mistakes here?',
      },
    ],
  },
];
