import type { RequestHandler } from 'express';
import { isLang, type Lang } from '../i18n/index.js';
import { COOKIE } from './cookies.js';

/** Language: `?lang=` (remembered in a cookie), then the cookie, then the configured default. */
export function language(defaultLang: Lang): RequestHandler {
  return (req, res, next) => {
    const asked = req.query.lang;
    let lang: Lang = defaultLang;
    if (isLang(asked)) {
      lang = asked;
      res.cookie(COOKIE.lang, lang, { httpOnly: true, sameSite: 'lax', secure: res.locals.secure, maxAge: 365 * 24 * 3600 * 1000 });
    } else if (isLang(res.locals.cookies[COOKIE.lang])) {
      lang = res.locals.cookies[COOKIE.lang] as Lang;
    }
    res.locals.lang = lang;
    res.locals.langSwitchHref = `${req.path}?lang=${lang === 'id' ? 'en' : 'id'}`;
    next();
  };
}
