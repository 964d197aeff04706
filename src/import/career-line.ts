/** A career entry's opening: a date, then a range (1996年8月—, 2019.03至今, 1990.09--1994.07). */
export const CAREER_LINE = /^(?:19|20)\d{2}(?:[ \t]*[.．/年][ \t]*\d{1,2}[ \t]*月?)?[ \t]*(?:[—–~～\-－]{1,2}|至|到)/u;
