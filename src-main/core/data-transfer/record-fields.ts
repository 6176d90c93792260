// Fields every imported list shares, kept apart from the engine so features can use them without
// importing the engine that gathers them.
import { z } from 'zod';
import { localToday } from '../../contract/dates';

// Imported records are checked as strictly as records typed into the app.
export const isoTimestamp = z.iso.datetime({ message: 'Use an ISO timestamp like 2026-03-14T09:30:00.000Z.' });

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hash.');

// The day of the local calendar a moment fell on: what files before version 6 give for the day an
// agreement, goal, reflection or completed action item happened (the app showed that day for them).
export const localDayOf = (timestamp: string) => localToday(new Date(timestamp));
