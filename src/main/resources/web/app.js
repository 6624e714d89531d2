// The try-it page. Every piece of text from the server (answers, clause text, errors) is set with textContent,
// never parsed as HTML, so nothing a user typed or a protocol contains can become markup.
'use strict';

(function () {
  const OUTCOME_LABELS = {
    answer: 'Answer',
    refuse: 'Declined',
    no_match: 'Not covered',
    info: 'Information'
  };
  // Marks the page's own API calls so metrics count the page apart from scripts calling the API.
  const CLIENT_HEADERS = { 'X-Protocol-Client': 'web' };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function show(region, content) {
    region.replaceChildren(content);
  }

  function showStatus(region, text) {
    show(region, element('p', 'status', text));
  }

  function showError(region, text) {
    const box = element('div', 'error-box');
    box.appendChild(element('p', null, text));
    show(region, box);
  }

  // "Helpful" / "Not helpful" under an answer that can be rated. The thanks replaces the buttons and takes the
  // focus, so a keyboard user is not left on a button that has gone; role=status announces it on its own.
  let feedbackGroups = 0;

  function feedbackButtons(value) {
    const group = element('div', 'feedback');
    const question = element('p', 'feedback-question', 'Was this answer helpful?');
    question.id = 'feedback-question-' + (++feedbackGroups);
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', question.id);
    group.appendChild(question);
    const status = element('p', 'feedback-status');
    status.setAttribute('role', 'status');
    status.tabIndex = -1;
    const buttons = [true, false].map(function (helpful) {
      const button = element('button', 'secondary', helpful ? 'Helpful' : 'Not helpful');
      button.type = 'button';
      button.dataset.helpful = String(helpful);
      button.addEventListener('click', function () {
        sendFeedback(value, helpful, buttons, status);
      });
      group.appendChild(button);
      return button;
    });
    group.appendChild(status);
    return group;
  }

  async function sendFeedback(value, helpful, buttons, status) {
    buttons.forEach(function (button) { button.disabled = true; });
    try {
      const reply = await request('/api/feedback', {
        method: 'POST',
        headers: Object.assign({ 'Content-Type': 'application/json' }, CLIENT_HEADERS),
        body: JSON.stringify({ payload: value, helpful: helpful })
      });
      buttons.forEach(function (button) { button.remove(); });
      status.textContent = reply.message;
      status.focus();
    } catch (e) {
      status.textContent = e.message;
      buttons.forEach(function (button) { button.disabled = false; });
    }
  }

  // The quoted clause, verbatim, with the sentence that answers marked by <mark>. The span is character offsets into
  // the text (UTF-16, as JavaScript counts), so the three text nodes joined are exactly the quoted text; a span that
  // does not fit the text is ignored rather than trusted.
  function quoteText(quote) {
    const block = element('blockquote', 'clause-text');
    const text = quote.text || '';
    const span = quote.answering;
    if (!span || !(span.start >= 0 && span.start < span.end && span.end <= text.length)) {
      block.textContent = text;
      return block;
    }
    block.appendChild(document.createTextNode(text.slice(0, span.start)));
    block.appendChild(element('mark', 'answering', text.slice(span.start, span.end)));
    block.appendChild(document.createTextNode(text.slice(span.end)));
    return block;
  }

  // The answer as a chat user sees it: the lead, each quote under its citation, then the closing line, and the
  // feedback buttons when the answer can be rated.
  function renderAnswer(answer) {
    const outcome = OUTCOME_LABELS[answer.outcome] ? answer.outcome : 'info';
    const article = element('article', 'answer outcome-' + outcome.replace('_', '-'));
    article.dataset.outcome = answer.outcome;
    article.appendChild(element('p', 'outcome-label', OUTCOME_LABELS[outcome]));
    article.appendChild(element('p', 'lead', answer.lead));
    (answer.quotes || []).forEach(function (quote) {
      const figure = element('figure', 'quote');
      const caption = element('figcaption', 'citation');
      caption.appendChild(element('cite', null, quote.label));
      figure.appendChild(caption);
      figure.appendChild(quoteText(quote));
      article.appendChild(figure);
    });
    if (answer.closing) {
      article.appendChild(element('p', 'closing', answer.closing));
    }
    if (answer.feedback) {
      article.appendChild(feedbackButtons(answer.feedback));
    }
    return article;
  }

  async function request(url, options) {
    let response;
    try {
      response = await fetch(url, options);
    } catch (e) {
      throw new Error('Could not reach the server. Check your connection and try again.');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      throw new Error(body && body.error ? body.error : 'The server could not answer (HTTP ' + response.status + ').');
    }
    return body;
  }

  function fillCouncils(data) {
    const askSelect = document.getElementById('ask-council');
    const lookupSelect = document.getElementById('lookup-council');
    data.councils.forEach(function (council) {
      const label = council.name + ' (' + council.clauses + ' clauses)';
      askSelect.appendChild(new Option(label, council.id));
      lookupSelect.appendChild(new Option(council.name, council.id));
    });
    if (data.defaultCouncil) {
      askSelect.value = data.defaultCouncil;
      lookupSelect.value = data.defaultCouncil;
    }
  }

  /** Shows a status while a request runs, then the answer it resolves to, or the error, in one live region. */
  async function showWhileLoading(region, status, loadAnswer) {
    region.setAttribute('aria-busy', 'true');
    showStatus(region, status);
    try {
      show(region, renderAnswer(await loadAnswer()));
    } catch (e) {
      showError(region, e.message);
    } finally {
      region.setAttribute('aria-busy', 'false');
    }
  }

  /** The trimmed value of a field, or null after telling the user what to type and focusing the field. */
  function required(region, fieldId, hint) {
    const field = document.getElementById(fieldId);
    const value = field.value.trim();
    if (!value) {
      showError(region, hint);
      field.focus();
      return null;
    }
    return value;
  }

  async function ask(event) {
    event.preventDefault();
    const region = document.getElementById('answer');
    const question = required(region, 'question', 'Please type a question first.');
    if (question === null) {
      return;
    }
    const council = document.getElementById('ask-council').value;
    await showWhileLoading(region, 'Looking in the protocol…', function () {
      return request('/api/ask', {
        method: 'POST',
        headers: Object.assign({ 'Content-Type': 'application/json' }, CLIENT_HEADERS),
        body: JSON.stringify({ question: question, council: council || null })
      });
    });
  }

  async function compare(event) {
    event.preventDefault();
    const region = document.getElementById('comparison');
    const topic = required(region, 'compare-topic', 'Please type a topic first, for example gifts and hospitality.');
    if (topic === null) {
      return;
    }
    await showWhileLoading(region, 'Comparing the councils…', function () {
      return request('/api/compare?q=' + encodeURIComponent(topic), { headers: CLIENT_HEADERS });
    });
  }

  async function lookUp(event) {
    event.preventDefault();
    const region = document.getElementById('clause');
    const council = document.getElementById('lookup-council').value;
    const number = required(region, 'clause-number', 'Please give a clause number, for example 6.3.');
    if (number === null) {
      return;
    }
    await showWhileLoading(region, 'Looking up the clause…', async function () {
      const clause = await request('/api/clauses/' + encodeURIComponent(council) + '/' + encodeURIComponent(number),
        { headers: CLIENT_HEADERS });
      return clause.answer;
    });
  }

  document.getElementById('ask-form').addEventListener('submit', ask);
  document.getElementById('compare-form').addEventListener('submit', compare);
  document.getElementById('lookup-form').addEventListener('submit', lookUp);
  request('/api/councils', { headers: CLIENT_HEADERS })
    .then(fillCouncils)
    .catch(function (e) {
      showError(document.getElementById('answer'), 'Could not load the list of councils: ' + e.message);
    });
}());
