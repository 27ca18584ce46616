-- Schema 9: the built-in categories' new default colours (issue 12). The
-- old defaults put Computer Vision (#76b7b2) and Research & benchmarks
-- (#86bcb6) side by side in nearly the same teal, and AI safety's grey next
-- to the "not classified" grey. A built-in category still in its old shipped
-- colour takes the new one; a colour the user chose stays.
UPDATE categories SET color = '#e69f00' WHERE key = 'llm' AND lower(color) = '#f28e2b';
UPDATE categories SET color = '#d55e00' WHERE key = 'multimodal' AND lower(color) = '#e15759';
UPDATE categories SET color = '#33bbee' WHERE key = 'vision' AND lower(color) = '#76b7b2';
UPDATE categories SET color = '#008856' WHERE key = 'audio' AND lower(color) = '#59a14f';
UPDATE categories SET color = '#eedd88' WHERE key = 'rl' AND lower(color) = '#edc948';
UPDATE categories SET color = '#604e97' WHERE key = 'training' AND lower(color) = '#b07aa1';
UPDATE categories SET color = '#fabfd2' WHERE key = 'inference' AND lower(color) = '#ff9da7';
UPDATE categories SET color = '#882d17' WHERE key = 'robotics' AND lower(color) = '#9c755f';
UPDATE categories SET color = '#882255' WHERE key = 'safety' AND lower(color) = '#bab0ac';
UPDATE categories SET color = '#cc6677' WHERE key = 'research' AND lower(color) = '#86bcb6';
UPDATE categories SET color = '#f99379' WHERE key = 'other' AND lower(color) = '#8cd17d';
