// Invented names and places for sample data: combinations chosen to read as clearly fictional.
export const GIVEN_NAMES = ['Avery', 'Briar', 'Calloway', 'Dashiell', 'Ember', 'Fenwick', 'Galen', 'Harlow', 'Ione', 'Juniper', 'Kestrel', 'Linden', 'Marlowe', 'Nerys', 'Orrin', 'Perrin', 'Quill', 'Rowan', 'Sable', 'Tamsin', 'Umber', 'Vesper', 'Wren', 'Yarrow', 'Zephyr'] as const;
export const FAMILY_NAMES = ['Ashgrove', 'Brackenfield', 'Cinderhall', 'Dovecote', 'Elderwick', 'Fallowmere', 'Glimmerdale', 'Hollowell', 'Ivystone', 'Juniperton', 'Kettleby', 'Larkspur', 'Mossbank', 'Nettlefold', 'Oakhurst', 'Pebblebrook', 'Quarrington', 'Rookwood', 'Saltmarsh', 'Thistlewood'] as const;
export const PROGRAMS: Record<string, readonly string[]> = {
  psychiatry_resident: ['Meadowview Psychiatry Residency', 'Bramblewood Psychiatry Residency'],
  psychology_trainee: ['Northgate Psychology Internship', 'Stonebridge Doctoral Internship'],
  counseling_associate: ['Riverbend Counseling Program', 'Foxglove Counseling Associates'],
  social_work_associate: ['Hillcrest Social Work Fellowship', 'Willowmere Community Services'],
  mft_associate: ['Lakeside Family Therapy Institute', 'Cobblestone Family Services'],
  other: ['Riverbend Counseling Program'],
};
export const SITES = ['Maple Street Community Clinic', 'Harborview Youth Services', 'Cedar Hollow Counseling Center', 'Eastfield Family Resource Center', 'Summit Behavioral Health'] as const;
export const LICENCE_TRACKS: Record<string, readonly string[]> = {
  psychiatry_resident: ['PGY-2', 'PGY-3', 'PGY-4'],
  psychology_trainee: ['Doctoral intern', 'Postdoctoral fellow'],
  counseling_associate: ['LPC Associate', 'LPCC Associate'],
  social_work_associate: ['ASW', 'LMSW'],
  mft_associate: ['AMFT'],
  other: ['Trainee'],
};

// Generic supervision topics (no case material): what a log's "topics" column typically holds.
export const TOPICS = ['Treatment planning', 'Risk assessment review', 'Documentation and consent', 'Case conceptualization', 'Ethics and boundaries', 'Countertransference', 'Termination planning', 'Cultural considerations', 'Self-care and workload', 'Skill practice: motivational interviewing', 'Group facilitation', 'Crisis protocol review'] as const;
